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
        // A mechanic that is off keeps its default texts translatable, so switching it off needs no change to the translations.
        var perks = template.Mechanics.TierPerks ?? new Tiers.TierPerks();
        var referral = template.Mechanics.Referral ?? new Referrals.ReferralRules();
        var expiry = template.Mechanics.PointsExpiry ?? new PointsExpiry.PointsExpiryRules();
        texts.UnionWith([perks.GraceNotice, perks.DowngradeNotice, referral.LinkLabel, expiry.Label, expiry.Text, expiry.ReminderMessage]);
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
