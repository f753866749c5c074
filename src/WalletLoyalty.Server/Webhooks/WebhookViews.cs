using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Server.Webhooks;

public sealed record WebhookView(long Id, string Url, IReadOnlyList<string> Events, string Description, bool Enabled, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static WebhookView Of(WebhookEndpoint e) => new(e.Id, e.Url, e.Events, e.Description, e.Enabled, e.CreatedAt, e.UpdatedAt);
}

/// <summary>A new endpoint with its signing secret: the only answer that shows it.</summary>
public sealed record CreatedWebhookView(long Id, string Url, IReadOnlyList<string> Events, string Description, bool Enabled, DateTimeOffset CreatedAt, string Secret);

public sealed record WebhookListView(IReadOnlyList<WebhookView> Items);

public sealed record WebhookSecretView(long Id, string Secret);

public sealed record DeliveryAttemptView(DateTimeOffset AttemptedAt, long? StatusCode, string? Error, long DurationMs);

public sealed record DeliveryView(
    long Id, string EventId, string EventType, string Status, long AttemptCount, long? LastStatusCode, string? LastError,
    DateTimeOffset? LastAttemptAt, DateTimeOffset CreatedAt, IReadOnlyList<DeliveryAttemptView> Attempts)
{
    public static DeliveryView Of(WebhookDelivery d) => new(d.Id, d.EventId, d.EventType, d.Status, d.Attempts, d.LastStatusCode, d.LastError,
        d.LastAttemptAt, d.CreatedAt, d.AttemptLog.Select(a => new DeliveryAttemptView(a.AttemptedAt, a.StatusCode, a.Error, a.DurationMs)).ToList());
}

/// <summary>A page of the log, newest first; <c>next</c> is the <c>before</c> of the next page, null on the last.</summary>
public sealed record DeliveryLogView(IReadOnlyList<DeliveryView> Items, long? Next);

public sealed record ReplayView(long DeliveryId, string Status);
