using System.Text.Json.Serialization;

namespace WalletLoyalty.Campaigns;

/// <summary>What a marketer writes: everything about a campaign except its id and status.</summary>
public sealed record CampaignDraft
{
    public string? ProgramId { get; init; }
    public string? Name { get; init; }
    public AudienceFilter? Audience { get; init; }
    public CampaignMessage? Message { get; init; }
    public CampaignCoupon? Coupon { get; init; }
    public List<string>? Channels { get; init; }
    public CampaignTrigger? Trigger { get; init; }
}

/// <summary>Who receives a campaign: every member of the program, narrowed by each filter that is set.</summary>
public sealed record AudienceFilter
{
    public List<string> Tiers { get; init; } = [];
    public long? MinPoints { get; init; }
    public long? MaxPoints { get; init; }

    /// <summary>No purchase for at least this many days (and a member for at least as long).</summary>
    public int? InactiveDays { get; init; }

    /// <summary>"today" or "month" (in the program's time zone); null for any.</summary>
    public string? Birthday { get; init; }
    public List<string> Sources { get; init; } = [];
    public List<string> Platforms { get; init; } = [];
    public DateOnly? JoinedAfter { get; init; }
    public DateOnly? JoinedBefore { get; init; }

    /// <summary>What the member bought in the last days (<see cref="PurchaseSegment"/>); null for anyone.</summary>
    public PurchaseSegment? Purchases { get; init; }

    /// <summary>A random share of the audience (0–50 %) that receives nothing, to measure lift against.</summary>
    public int HoldOutPercent { get; init; }
}

public sealed record CampaignMessage
{
    public string Title { get; init; } = "";
    public string Body { get; init; } = "";

    /// <summary>The message in other shopper languages (pl, th, zh-Hans …); members who joined in one of them get it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, CampaignMessageText>? Translations { get; init; }

    /// <summary>The title and body for a member of the language; the message itself where it has no translation.</summary>
    public CampaignMessageText In(string? language) =>
        language is not null && Translations?.GetValueOrDefault(language) is { } translated ? translated : new CampaignMessageText { Title = Title, Body = Body };
}

public sealed record CampaignMessageText
{
    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
}

/// <summary>A coupon each treated member receives as their own single-use coupon pass.</summary>
public sealed record CampaignCoupon
{
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public long? ValueMinor { get; init; }
    public int ValidDays { get; init; } = 7;
}

/// <summary>When a campaign fires. Times without an offset are local to the program's time zone.</summary>
public sealed record CampaignTrigger
{
    public string Type { get; init; } = "";

    /// <summary>once: a local date and time ("2026-11-27T17:00") or an instant with an offset.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? At { get; init; }

    /// <summary>cron: a Quartz cron expression, read in the program's time zone.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Cron { get; init; }

    /// <summary>daily: birthday, winback or welcome, run every day at Time ("09:00").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Automation { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Time { get; init; }

    /// <summary>daily winback: silent days before a member is won back; welcome: how recent the first purchase must be.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Days { get; init; }

    // location (accepted in the contract, not scheduled by this service yet)
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? From { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Until { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RelevantText { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RadiusMeters { get; init; }

    [JsonIgnore]
    public bool IsRecurring => Type is TriggerTypes.Cron or TriggerTypes.Daily;
}

public static class TriggerTypes
{
    public const string Once = "once";
    public const string Cron = "cron";
    public const string Daily = "daily";
    public const string Location = "location";
}

public static class Automations
{
    public const string Birthday = "birthday";
    public const string WinBack = "winback";
    public const string Welcome = "welcome";
    public static readonly string[] All = [Birthday, WinBack, Welcome];
}

public static class Channels
{
    public const string Apple = "apple";
    public const string Google = "google";
    public const string App = "app";
    public static readonly string[] All = [Apple, Google, App];
}
