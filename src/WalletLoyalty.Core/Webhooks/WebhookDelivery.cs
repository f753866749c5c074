namespace WalletLoyalty.Webhooks;

/// <summary>One event for one endpoint, as the delivery log shows it.</summary>
public sealed record WebhookDelivery
{
    public long Id { get; init; }
    public string EventId { get; init; } = "";
    public string EventType { get; init; } = "";
    public string Status { get; init; } = "";
    public long Attempts { get; init; }
    public long? LastStatusCode { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? LastAttemptAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public IReadOnlyList<WebhookAttempt> AttemptLog { get; init; } = [];
}

/// <summary>One try at a delivery: when, what the endpoint answered (no code when it never answered) and what went wrong.</summary>
public sealed record WebhookAttempt
{
    public long DeliveryId { get; init; }
    public DateTimeOffset AttemptedAt { get; init; }
    public long? StatusCode { get; init; }
    public string? Error { get; init; }
    public long DurationMs { get; init; }
}

/// <summary>What the sender needs to send a delivery: the body as raised and where it goes.</summary>
public sealed record WebhookSend
{
    public long Id { get; init; }
    public string EventId { get; init; } = "";
    public string EventType { get; init; } = "";
    public string Body { get; init; } = "";
    public string Url { get; init; } = "";
    public string Secret { get; init; } = "";
    public bool Enabled { get; init; }
}

public enum ReplayOutcome { Queued, NotFound, StillQueued, EndpointDisabled }
