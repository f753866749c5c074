namespace WalletLoyalty.Programs;

/// <summary>Every text of a template a shopper reads and a translation may cover; placeholders such as {points} are not texts.</summary>
public static class ProgramTexts
{
    public static IReadOnlySet<string> Of(ProgramTemplate template)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal)
        {
            template.Name, template.OrganizationName, template.Landing.Headline, template.Landing.Text,
            template.Consent.Text, template.Consent.LinkLabel,
        };
        if (template.Survey is { } survey)
        {
            texts.Add(survey.Question);
            texts.Add(survey.LinkLabel);
        }
        // Without tier perks the default notices stay translatable, so a program can switch them off without editing its translations.
        var perks = template.Mechanics.TierPerks ?? new Tiers.TierPerks();
        {
            texts.Add(perks.GraceNotice);
            texts.Add(perks.DowngradeNotice);
        }
        // Like the tier notices: the default link label stays translatable while referrals are off.
        var referral = template.Mechanics.Referral ?? new Referrals.ReferralRules();
        {
            texts.Add(referral.LinkLabel);
        }
        // Like the tier notices: the label and texts of points expiry as it comes stay translatable while expiry is off.
        var expiry = template.Mechanics.PointsExpiry ?? new PointsExpiry.PointsExpiryRules();
        {
            texts.Add(expiry.Label);
            texts.Add(expiry.Text);
            texts.Add(expiry.ReminderMessage);
        }
        foreach (var design in new[] { template.StoreCard, template.Coupon })
        {
            texts.Add(design.Description);
            texts.Add(design.LogoText);
            foreach (var field in design.Fields)
            {
                texts.Add(field.Label ?? "");
                texts.Add(field.ChangeMessage ?? "");
                if (!field.Value.Contains('{', StringComparison.Ordinal))
                {
                    texts.Add(field.Value);
                }
            }
        }
        foreach (var offer in template.Mechanics.CouponOffers ?? [])
        {
            texts.Add(offer.Title);
            texts.Add(offer.Description);
        }
        texts.UnionWith(template.Tiers.Select(t => t.Name));
        texts.UnionWith(template.Rewards.Select(r => r.Name));
        texts.UnionWith(template.Stores.Select(s => s.Name));
        texts.RemoveWhere(t => !t.Any(char.IsLetter)); // "%@" and empty texts read the same in every language
        return texts;
    }
}
