using System.Text.RegularExpressions;

namespace WalletLoyalty.Programs;

/// <summary>Checks a template against Apple's pass rules so a bad folder fails at start, not on a phone.</summary>
public static partial class TemplateValidator
{
    private static readonly string[] Areas = ["header", "primary", "secondary", "auxiliary", "back"];
    private static readonly string[] Placeholders =
        ["{points}", "{memberName}", "{memberNumber}", "{tier}", "{couponTitle}", "{couponDescription}", "{couponExpires}", "{offer}",
         "{nextTier}", "{pointsToNextTier}", "{tierNotice}"];

    /// <summary>The key of the back field that carries the member's consent link.</summary>
    public const string ConsentFieldKey = "consent";
    public const string SurveyFieldKey = "survey";
    public const string ReferralFieldKey = "referral";

    public static IReadOnlyList<string> Validate(string programId, ProgramTemplate template, Func<Passes.PassKind, PassImageSet> images)
    {
        var errors = new List<string>();
        void Require(bool condition, string message)
        {
            if (!condition)
            {
                errors.Add($"templates/{programId}: {message}");
            }
        }

        Require(ProgramIdPattern().IsMatch(programId), "folder name must be lower-case letters, digits and '-' (it is part of URLs)");
        Require(template.Name.Length > 0, "name is required");
        Require(template.OrganizationName.Length > 0, "organizationName is required");
        Require(CurrencyPattern().IsMatch(template.Currency), "currency must be an ISO 4217 code such as EUR");
        Require(TimeZoneInfo.TryFindSystemTimeZoneById(template.TimeZone, out _), $"timeZone '{template.TimeZone}' is not a known time zone");
        foreach (var (name, value) in new[] { ("background", template.Colors.Background), ("foreground", template.Colors.Foreground), ("label", template.Colors.Label) })
        {
            Require(ColorPattern().IsMatch(value), $"colors.{name} must look like rgb(12, 34, 56)");
        }
        Require(template.Tiers.Count > 0 && template.Tiers.Any(t => t.MinPoints == 0), "tiers need an entry tier with minPoints 0");
        Require(template.Earning.UnitMinor > 0 && template.Earning.PointsPerUnit > 0, "earning.unitMinor and earning.pointsPerUnit must be positive");
        Require(template.Rewards.All(r => r.Id.Length > 0 && r.Name.Length > 0 && r.Points > 0), "every reward needs an id, a name and a positive points cost");
        Require(template.Rewards.Select(r => r.Id).Distinct().Count() == template.Rewards.Count, "reward ids must be unique");
        Require(template.Campaigns.MaxPerMemberPerWeek is >= 1 and <= 50, "campaigns.maxPerMemberPerWeek must be between 1 and 50");
        if (template.Campaigns.QuietHours is { } quiet)
        {
            Require(quiet.TryRead(out _, out _),
                "campaigns.quietHours needs from and to as HH:mm (local time), not equal; use null for no quiet hours");
        }
        Require(template.Consent.Version.Length is > 0 and <= 40 && !template.Consent.Version.Any(char.IsControl),
            "consent.version is required (at most 40 characters); it is stored with every answer");
        Require(template.Consent.Text.Length is > 0 and <= 500, "consent.text is required (at most 500 characters): what a shopper agrees to");
        Require(template.Consent.LinkLabel.Length is > 0 and <= 40, "consent.linkLabel is required (at most 40 characters): the label of the link on the back of the card");
        Require(template.StoreCard.Fields.All(f => f.Key != ConsentFieldKey), $"storeCard: the field key '{ConsentFieldKey}' is the consent link's own");
        if (template.Survey is { } survey)
        {
            ValidateSurvey(template, survey, Require);
        }
        if (template.Mechanics.TierPerks is { } perks)
        {
            ValidateTierPerks(template, perks, Require);
        }
        if (template.Mechanics.Referral is { } referral)
        {
            ValidateReferral(template, referral, Require);
        }
        if (template.Mechanics.CouponOffers is { } offers)
        {
            ValidateCouponOffers(template, offers, Require);
        }
        if (template.Mechanics.PointsExpiry is { } expiry)
        {
            ValidatePointsExpiry(template, expiry, Require);
        }
        ValidateTranslations(template, Require);
        ValidateDesign("storeCard", template.StoreCard, Require);
        ValidateDesign("coupon", template.Coupon, Require);
        foreach (var kind in Enum.GetValues<Passes.PassKind>())
        {
            Require(images(kind).Find("icon.png") is not null, $"{kind}: icon.png is required (Wallet will not open a pass without it)");
        }
        return errors;
    }

    private static void ValidateSurvey(ProgramTemplate template, Surveys.SurveyRules survey, Action<bool, string> require)
    {
        require(survey.Question.Length is > 0 and <= 300, "survey.question is required (at most 300 characters): the question scored from 0 to 10");
        require(survey.LinkLabel.Length is > 0 and <= 40, "survey.linkLabel is required (at most 40 characters): the label of the link on the back of the card");
        require(survey.Round == Surveys.SurveyRules.Quarterly || RoundPattern().IsMatch(survey.Round),
            $"survey.round must be \"{Surveys.SurveyRules.Quarterly}\" or a round's name: 1 to 40 lower-case letters, digits and '-', e.g. 2027-spring");
        require(survey.Points is >= 0 and <= 100_000, "survey.points must be between 0 and 100000 (0: answering earns no points)");
        require(template.StoreCard.Fields.All(f => f.Key != SurveyFieldKey), $"storeCard: the field key '{SurveyFieldKey}' is the survey link's own");
    }

    private static void ValidateTierPerks(ProgramTemplate template, Tiers.TierPerks perks, Action<bool, string> require)
    {
        var tiers = template.Tiers.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var perk in perks.Perks)
        {
            var at = $"mechanics.tierPerks.perks[{perk.Tier}]";
            require(tiers.Contains(perk.Tier), $"{at}: no tier of that name in tiers ({string.Join(", ", tiers)})");
            require(perk.EarnPercent is >= 1 and <= 1000, $"{at}.earnPercent must be between 1 and 1000 (150: one and a half times the points)");
            require(perk.WelcomePoints is >= 0 and <= 100_000, $"{at}.welcomePoints must be between 0 and 100000");
            foreach (var reward in perk.Rewards)
            {
                require(template.Rewards.Any(r => r.Id == reward), $"{at}.rewards: no reward with id '{reward}'");
            }
        }
        require(perks.Perks.Select(p => p.Tier).Distinct().Count() == perks.Perks.Count, "mechanics.tierPerks.perks: each tier at most once");
        var limited = perks.Perks.SelectMany(p => p.Rewards).ToList();
        require(limited.Distinct().Count() == limited.Count, "mechanics.tierPerks.perks: a reward belongs to one tier's rewards at most (the lowest tier that may take it)");
        require(perks.GraceDays is >= 0 and <= 365, "mechanics.tierPerks.graceDays must be between 0 and 365");
        foreach (var (name, notice) in new[] { ("graceNotice", perks.GraceNotice), ("downgradeNotice", perks.DowngradeNotice) })
        {
            require(notice.Length is > 0 and <= 200, $"mechanics.tierPerks.{name} is required (at most 200 characters)");
            require(PlaceholderPattern().Matches(notice).All(m => m.Value is "{tier}" or "{points}" or "{date}"),
                $"mechanics.tierPerks.{name} may only use {{tier}}, {{points}} and {{date}}");
        }
    }

    private static void ValidateReferral(ProgramTemplate template, Referrals.ReferralRules referral, Action<bool, string> require)
    {
        const long max = Referrals.ReferralRules.MaxPoints;
        require(referral.ReferrerPoints is >= 0 and <= max, $"mechanics.referral.referrerPoints must be between 0 and {max}");
        require(referral.FriendPoints is >= 0 and <= max, $"mechanics.referral.friendPoints must be between 0 and {max}");
        require(referral.ReferrerPoints + referral.FriendPoints > 0, "mechanics.referral: referrerPoints or friendPoints must be above 0, or leave the section out");
        require(referral.MinFirstPurchaseMinor is >= 0 and <= Till.EarnOperation.MaxAmountMinor,
            $"mechanics.referral.minFirstPurchaseMinor must be between 0 and {Till.EarnOperation.MaxAmountMinor} (minor units, e.g. 1000 for 10.00)");
        require(referral.MaxRewardsPerReferrer is >= 1 and <= Referrals.ReferralRules.MaxRewardsCap,
            $"mechanics.referral.maxRewardsPerReferrer must be between 1 and {Referrals.ReferralRules.MaxRewardsCap}");
        require(referral.LinkLabel.Length is > 0 and <= 40, "mechanics.referral.linkLabel is required (at most 40 characters): the label of the link on the back of the card");
        require(template.StoreCard.Fields.All(f => f.Key != ReferralFieldKey), $"storeCard: the field key '{ReferralFieldKey}' is the referral link's own");
    }

    private static void ValidateCouponOffers(ProgramTemplate template, List<CouponOffers.CouponOffer> offers, Action<bool, string> require)
    {
        require(offers.Select(o => o.Id).Distinct().Count() == offers.Count, "mechanics.couponOffers: ids must be unique");
        var codes = offers.Where(o => o.Code is not null).Select(o => CouponOffers.CouponOffer.Normalize(o.Code!)).ToList();
        require(codes.Distinct().Count() == codes.Count, "mechanics.couponOffers: shared codes must be unique (case does not count)");
        foreach (var offer in offers)
        {
            var name = $"mechanics.couponOffers.{offer.Id}";
            require(RoundPattern().IsMatch(offer.Id), "mechanics.couponOffers: every offer needs an id of 1 to 40 lower-case letters, digits and '-' (it is part of URLs)");
            require(offer.Title.Length is > 0 and <= 60, $"{name}.title is required (at most 60 characters)");
            require(offer.Description.Length <= 200, $"{name}.description must be at most 200 characters");
            require(offer.ValueMinor is null or >= 0, $"{name}.valueMinor must be 0 or more (minor units)");
            require((offer.Code is null) != (offer.Pattern is null), $"{name} needs either a code (shared by everyone) or a pattern such as BAKE-#### with a count, not both");
            if (offer.Code is { } code)
            {
                require(OfferCodePattern().IsMatch(code), $"{name}.code must be 3 to 40 letters, digits and '-'");
                require(offer.Count is null, $"{name}.count goes with a pattern, not a shared code");
            }
            if (offer.Pattern is { } pattern)
            {
                require(OfferCodePattern().IsMatch(pattern.Replace(CouponOffers.OfferCodes.Digit, '0')), $"{name}.pattern must be 3 to 40 letters, digits, '-' and '#'");
                require(offer.Count is > 0 and <= 100_000, $"{name}.count must be between 1 and 100000: the codes drawn to the pattern");
                require(offer.Count is not { } count || CouponOffers.OfferCodes.HasRoomFor(pattern, count),
                    $"{name}.pattern needs more '#': {offer.Count} codes need at least {CouponOffers.OfferCodes.Headroom} times as many possible codes (each '#' is a digit)");
            }
            require(offer.FirstN is null or > 0, $"{name}.firstN must be 1 or more (leave it out for no limit)");
            var from = CouponOffers.CouponOffer.Day(offer.ValidFrom);
            var to = CouponOffers.CouponOffer.Day(offer.ValidTo);
            require(offer.ValidFrom is null || from is not null, $"{name}.validFrom must be a date as yyyy-MM-dd");
            require(offer.ValidTo is null || to is not null, $"{name}.validTo must be a date as yyyy-MM-dd");
            require(from is null || to is null || from <= to, $"{name}.validFrom must not be after validTo");
            foreach (var store in offer.Stores.Where(s => template.Stores.All(t => t.Id != s)))
            {
                require(false, $"{name}.stores: '{store}' is not a store of this program");
            }
        }
    }

    private static void ValidatePointsExpiry(ProgramTemplate template, PointsExpiry.PointsExpiryRules expiry, Action<bool, string> require)
    {
        require(expiry.Months is >= 1 and <= 120, "mechanics.pointsExpiry.months must be between 1 and 120: points expire that many months after they were credited");
        require(expiry.ReminderDays is >= 0 and <= 90, "mechanics.pointsExpiry.reminderDays must be between 0 and 90 (0: no reminder)");
        require(expiry.Label.Length is > 0 and <= 40, "mechanics.pointsExpiry.label is required (at most 40 characters): the label of the field on the back of the card");
        foreach (var (name, text) in new[] { ("text", expiry.Text), ("reminderMessage", expiry.ReminderMessage) })
        {
            require(text.Length is > 0 and <= 200 && HasExpiryPlaceholders(text),
                $"mechanics.pointsExpiry.{name} is required (at most 200 characters) and must contain {{points}} and {{date}}");
        }
        require(expiry.Text != expiry.ReminderMessage, "mechanics.pointsExpiry.reminderMessage must differ from text: the card announces the reminder when the field changes");
        require(template.StoreCard.Fields.All(f => f.Key != PointsExpiry.PointsExpiryRules.FieldKey),
            $"storeCard: the field key '{PointsExpiry.PointsExpiryRules.FieldKey}' is the points expiry's own");
        foreach (var (language, translations) in template.Translations)
        {
            foreach (var text in new[] { expiry.Text, expiry.ReminderMessage })
            {
                require(!translations.TryGetValue(text, out var translated) || HasExpiryPlaceholders(translated),
                    $"translations.{language}: the translation of \"{text}\" must keep {{points}} and {{date}}");
            }
        }
    }

    private static bool HasExpiryPlaceholders(string text) =>
        text.Contains(PointsExpiry.PointsExpiryRules.PointsPlaceholder, StringComparison.Ordinal)
        && text.Contains(PointsExpiry.PointsExpiryRules.DatePlaceholder, StringComparison.Ordinal);

    private static void ValidateTranslations(ProgramTemplate template, Action<bool, string> require)
    {
        var texts = ProgramTexts.Of(template);
        foreach (var (language, translations) in template.Translations)
        {
            var others = string.Join(", ", Languages.ShopperLanguage.Supported.Skip(1));
            require(language != Languages.ShopperLanguage.Default && Languages.ShopperLanguage.Supported.Contains(language),
                $"translations.{language}: not a language shoppers are served in ({others}); the template itself is English");
            foreach (var (text, translated) in translations)
            {
                require(texts.Contains(text), $"translations.{language}: \"{text}\" is not a text of this template");
                require(translated.Length > 0, $"translations.{language}: \"{text}\" has an empty translation");
                require(!text.Contains("%@", StringComparison.Ordinal) || translated.Contains("%@", StringComparison.Ordinal),
                    $"translations.{language}: \"{translated}\" must keep the %@ of \"{text}\"");
            }
        }
    }

    private static void ValidateDesign(string style, PassDesign design, Action<bool, string> require)
    {
        require(design.Description.Length > 0, $"{style}.description is required (VoiceOver reads it)");
        var fields = design.Fields;
        require(fields.Select(f => f.Key).Distinct().Count() == fields.Count, $"{style}: field keys must be unique across the pass");
        foreach (var field in fields)
        {
            require(Areas.Contains(field.Area), $"{style}.{field.Key}: area must be one of {string.Join(", ", Areas)}");
            require(field.Key.Length > 0, $"{style}: every field needs a key");
            require(field.ChangeMessage is null || field.ChangeMessage.Contains("%@", StringComparison.Ordinal), $"{style}.{field.Key}: changeMessage must contain %@");
            require(field.TextAlignment is null || field.Area is not ("primary" or "back"), $"{style}.{field.Key}: textAlignment is not allowed on primary or back fields");
            foreach (Match match in PlaceholderPattern().Matches(field.Value))
            {
                require(Placeholders.Contains(match.Value), $"{style}.{field.Key}: unknown placeholder {match.Value}");
            }
        }
        int Count(string area) => fields.Count(f => f.Area == area);
        require(Count("header") <= 3, $"{style}: at most 3 header fields");
        require(Count("primary") <= 1, $"{style}: at most 1 primary field");
        require(Count("secondary") + Count("auxiliary") <= 4, $"{style}: at most 4 secondary and auxiliary fields together (square barcode)");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}\\z")]
    private static partial Regex ProgramIdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}\\z")]
    private static partial Regex RoundPattern();

    [GeneratedRegex("^[A-Za-z0-9-]{3,40}\\z")]
    private static partial Regex OfferCodePattern();

    [GeneratedRegex("^[A-Z]{3}\\z")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex(@"^rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)\z")]
    private static partial Regex ColorPattern();

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex PlaceholderPattern();
}
