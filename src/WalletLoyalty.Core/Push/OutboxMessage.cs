namespace WalletLoyalty.Push;

public sealed record OutboxMessage
{
    public long Id { get; init; }
    public string Channel { get; init; } = "";
    public string Target { get; init; } = "";
    public string Topic { get; init; } = "";
    public long Attempts { get; init; }
    public string? Payload { get; init; }
}

/// <summary>What became of one message: sent, gone for good (the device left), to try again, or failed.</summary>
public enum OutboxOutcome
{
    Sent,
    Dropped,
    Retry,
    Failed,
}

/// <param name="GoneSince">For a device that left: since when the push service has known; registrations made later stay.</param>
public sealed record OutboxResult(OutboxMessage Message, OutboxOutcome Outcome, string? Error = null, TimeSpan? RetryAfter = null, DateTimeOffset? GoneSince = null);
