using System.Text.RegularExpressions;
using WalletLoyalty.Programs;
using WalletLoyalty.Till;

namespace WalletLoyalty.Campaigns;

/// <summary>Checks a draft against its program and lists every problem, keyed by the JSON path of the value.</summary>
public static partial class CampaignValidator
{
    public static Dictionary<string, string[]> Validate(CampaignDraft draft, LoyaltyProgram program, Func<string, string?> cronProblem)
    {
        var errors = new Errors();
        errors.Require(draft.Name is { Length: > 0 and <= 80 } name && name.Trim().Length > 0, "name", "is required, at most 80 characters");
        ValidateAudience(draft.Audience ?? new AudienceFilter(), program, errors);
        var message = draft.Message;
        errors.Require(message is not null, "message", "is required: { \"title\", \"body\" }");
        if (message is not null)
        {
            errors.Require(message.Title.Length is > 0 and <= 60, "message.title", "is required, at most 60 characters");
            errors.Require(message.Body.Length is > 0 and <= 500, "message.body", "is required, at most 500 characters");
            foreach (var unknown in MessageText.UnknownPlaceholders(message.Title + message.Body))
            {
                errors.Add("message", $"unknown placeholder {unknown}; use {string.Join(", ", MessageText.Placeholders)}");
            }
            ValidateTranslations(message, errors);
        }
        if (draft.Coupon is { } coupon)
        {
            errors.Require(coupon.Title.Length is > 0 and <= 60, "coupon.title", "is required, at most 60 characters");
            errors.Require(coupon.Description.Length <= 200, "coupon.description", "at most 200 characters");
            errors.Require(coupon.ValueMinor is null or >= 0, "coupon.valueMinor", "must not be negative");
            errors.Require(coupon.ValidDays is >= 1 and <= 365, "coupon.validDays", "must be between 1 and 365");
        }
        var channels = draft.Channels ?? [];
        errors.Require(channels.Count > 0 && channels.All(Channels.All.Contains) && channels.Distinct().Count() == channels.Count,
            "channels", $"one or more of {string.Join(", ", Channels.All)}, each once");
        ValidateTrigger(draft.Trigger, channels, program, cronProblem, errors);
        return errors.ToDictionary();
    }

    public static Dictionary<string, string[]> ValidateAudience(AudienceFilter audience, LoyaltyProgram program)
    {
        var errors = new Errors();
        ValidateAudience(audience, program, errors);
        return errors.ToDictionary();
    }

    private static void ValidateTranslations(CampaignMessage message, Errors errors)
    {
        var others = Languages.ShopperLanguage.Supported.Where(l => l != Languages.ShopperLanguage.Default).ToList();
        foreach (var (language, text) in message.Translations ?? [])
        {
            var at = $"message.translations.{language}";
            errors.Require(others.Contains(language), at, $"is not a shopper language; use {string.Join(", ", others)} (the message itself is English)");
            errors.Require(text.Title.Length is > 0 and <= 60, at + ".title", "is required, at most 60 characters");
            errors.Require(text.Body.Length is > 0 and <= 500, at + ".body", "is required, at most 500 characters");
            foreach (var unknown in MessageText.UnknownPlaceholders(text.Title + text.Body))
            {
                errors.Add(at, $"unknown placeholder {unknown}; use {string.Join(", ", MessageText.Placeholders)}");
            }
        }
    }

    private static void ValidateAudience(AudienceFilter audience, LoyaltyProgram program, Errors errors)
    {
        var tiers = program.Template.Tiers.Select(t => t.Name).ToHashSet();
        errors.Require(audience.Tiers.All(tiers.Contains), "audience.tiers", $"each must be one of the program's tiers: {string.Join(", ", tiers)}");
        errors.Require(audience.MinPoints is null or >= 0 && audience.MaxPoints is null or >= 0, "audience.minPoints", "points must not be negative");
        errors.Require(audience.MinPoints is null || audience.MaxPoints is null || audience.MinPoints <= audience.MaxPoints, "audience.maxPoints", "must not be below minPoints");
        errors.Require(audience.InactiveDays is null or (>= 1 and <= 3650), "audience.inactiveDays", "must be between 1 and 3650");
        errors.Require(audience.Birthday is null or "today" or "month", "audience.birthday", "must be \"today\", \"month\" or null");
        errors.Require(audience.Sources.All(s => SourcePattern().IsMatch(s)), "audience.sources", "each must be a flyer source such as flyer-2026-spring");
        errors.Require(audience.Platforms.All(Channels.All.Contains), "audience.platforms", $"each must be one of {string.Join(", ", Channels.All)}");
        errors.Require(audience.JoinedAfter is null || audience.JoinedBefore is null || audience.JoinedAfter < audience.JoinedBefore, "audience.joinedBefore", "must be after joinedAfter");
        errors.Require(audience.HoldOutPercent is >= 0 and <= 50, "audience.holdOutPercent", "must be between 0 and 50");
        if (audience.Purchases is { } segment)
        {
            ValidateSegment(segment, errors);
        }
    }

    private static void ValidateSegment(PurchaseSegment segment, Errors errors)
    {
        errors.Require(segment.Days is >= 1 and <= PurchaseSegment.MaxDays, "audience.purchases.days", $"is required: the last days to look at, between 1 and {PurchaseSegment.MaxDays}");
        errors.Require(segment.Category is null || PurchaseCategories.IsValid(segment.Category), "audience.purchases.category",
            $"must be a product category of 1 to {PurchaseCategories.MaxLength} characters without ';', or null for any");
        errors.Require(segment.MinPurchases is null or (>= 1 and <= 10_000), "audience.purchases.minPurchases", "must be between 1 and 10000, or null for at least one");
        errors.Require(segment.MinSpentMinor is null or >= 1, "audience.purchases.minSpentMinor", "must be at least 1 (minor units), or null for any amount");
    }

    private static void ValidateTrigger(CampaignTrigger? trigger, List<string> channels, LoyaltyProgram program, Func<string, string?> cronProblem, Errors errors)
    {
        switch (trigger?.Type)
        {
            case TriggerTypes.Once:
                errors.Require(TriggerTimes.TryReadAt(trigger.At, program.TimeZone, out _), "trigger.at", "must be a local date and time such as 2026-11-27T17:00 (or an instant with an offset)");
                break;
            case TriggerTypes.Cron:
                if (trigger.Cron is null)
                {
                    errors.Add("trigger.cron", "is required: a Quartz cron expression such as \"0 0 17 ? * FRI\" (seconds first)");
                }
                else if (cronProblem(trigger.Cron) is { } problem)
                {
                    errors.Add("trigger.cron", problem);
                }
                break;
            case TriggerTypes.Daily:
                errors.Require(trigger.Automation is not null && Automations.All.Contains(trigger.Automation), "trigger.automation", $"must be one of {string.Join(", ", Automations.All)}");
                errors.Require(TriggerTimes.TryReadTime(trigger.Time, out _), "trigger.time", "must be a local time such as 09:00");
                errors.Require(trigger.Automation != Automations.WinBack || trigger.Days is >= 1 and <= 3650, "trigger.days", "winback needs the silent days, between 1 and 3650");
                errors.Require(trigger.Days is null or (>= 1 and <= 3650), "trigger.days", "must be between 1 and 3650");
                break;
            case TriggerTypes.Location:
                var window = LocationWindow.Of(trigger, program.TimeZone);
                errors.Require(window is not null, "trigger.from", "from and until must be local dates and times such as 2026-11-24T11:30");
                errors.Require(window is null || window.From < window.Until, "trigger.until", "must be after from");
                errors.Require(trigger.RelevantText is { Length: > 0 and <= 100 }, "trigger.relevantText", "is required, at most 100 characters (shown on the lock screen near a store)");
                errors.Require(trigger.RadiusMeters is null or (>= 10 and <= 1000), "trigger.radiusMeters", "must be between 10 and 1000");
                errors.Require(program.Template.Stores.Any(s => s is { Latitude: not null, Longitude: not null }), "trigger.type",
                    "location campaigns need stores with latitude and longitude in the program's template");
                errors.Require(channels.Any(c => c is Channels.Apple or Channels.App), "channels",
                    "a location campaign reaches Apple Wallet and the app; Google Wallet does not notify near a place");
                break;
            default:
                errors.Add("trigger.type", "must be once, cron, daily or location");
                break;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z")]
    private static partial Regex SourcePattern();

    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> _errors = [];

        public void Require(bool condition, string key, string message)
        {
            if (!condition)
            {
                Add(key, message);
            }
        }

        public void Add(string key, string message)
        {
            if (!_errors.TryGetValue(key, out var list))
            {
                _errors[key] = list = [];
            }
            list.Add(message);
        }

        public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
