namespace WalletLoyalty.Campaigns;

/// <summary>One firing of a campaign, identified by the time it was scheduled for.</summary>
public sealed record CampaignRun
{
    public long Id { get; init; }
    public long CampaignId { get; init; }
    public DateTimeOffset ScheduledFor { get; init; }
    public string Status { get; init; } = "";
    public long Audience { get; init; }
    public long HoldOut { get; init; }
    public DateTimeOffset StartedAt { get; init; }

    public const string Columns = """
        id AS Id, campaign_id AS CampaignId, scheduled_for AS ScheduledFor, status AS Status, audience AS Audience,
        hold_out AS HoldOut, started_at AS StartedAt
        """;
}

/// <summary>How far a run got before it returned.</summary>
public enum RunProgress
{
    /// <summary>Every member of the audience has been handled.</summary>
    Completed,

    /// <summary>The campaign was paused or cancelled; nothing more is sent now.</summary>
    Stopped,

    /// <summary>Quiet hours began; sending continues when they end.</summary>
    Deferred,

    /// <summary>The service is shutting down; the run continues after the restart.</summary>
    Interrupted,
}

public sealed record RunOutcome(RunProgress Progress, DateTimeOffset? ContinueAt = null);
