using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Push;

namespace WalletLoyalty.Webhooks;

/// <summary>The deliveries of each endpoint: what the sender records of every attempt, the log it shows, and replays.</summary>
public sealed class WebhookDeliveries(IDatabase database, TimeProvider time)
{
    public const int PageSize = 50;

    public async Task<WebhookSend?> FindForSendingAsync(long deliveryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<WebhookSend>(
            """
            SELECT d.id AS Id, d.event_id AS EventId, d.event_type AS EventType, d.body AS Body, e.url AS Url, e.secret AS Secret, e.enabled AS Enabled
            FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id = @deliveryId
            """,
            new { deliveryId });
    }

    /// <summary>Records an attempt and where the delivery now stands: delivered, retrying, failed (no attempt left) or dropped.</summary>
    public async Task RecordAttemptAsync(long deliveryId, WebhookAttempt attempt, string status, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, error, duration_ms)
            VALUES (@deliveryId, @AttemptedAt, @StatusCode, @Error, @DurationMs)
            """,
            new { deliveryId, attempt.AttemptedAt, attempt.StatusCode, attempt.Error, attempt.DurationMs }, transaction);
        await connection.ExecuteAsync(
            """
            UPDATE webhook_deliveries SET status = @status, attempts = attempts + 1, last_status_code = @StatusCode,
                last_error = @Error, last_attempt_at = @AttemptedAt
            WHERE id = @deliveryId
            """,
            new { deliveryId, status, attempt.StatusCode, attempt.Error, attempt.AttemptedAt }, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A delivery not attempted because its endpoint was disabled or deleted after the event.</summary>
    public async Task DropAsync(long deliveryId, string reason, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE webhook_deliveries SET status = 'dropped', last_error = @reason WHERE id = @deliveryId",
            new { deliveryId, reason });
    }

    /// <summary>The endpoint's deliveries, newest first, each with its attempts; <paramref name="before"/> pages back by delivery id.</summary>
    public async Task<IReadOnlyList<WebhookDelivery>> LogAsync(long endpointId, long? before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var deliveries = (await connection.QueryAsync<WebhookDelivery>(
            """
            SELECT id AS Id, event_id AS EventId, event_type AS EventType, status AS Status, attempts AS Attempts,
                   last_status_code AS LastStatusCode, last_error AS LastError, last_attempt_at AS LastAttemptAt, created_at AS CreatedAt
            FROM webhook_deliveries WHERE endpoint_id = @endpointId AND id < @before ORDER BY id DESC LIMIT @limit
            """,
            new { endpointId, before = before ?? long.MaxValue, limit = PageSize })).AsList();
        if (deliveries.Count == 0)
        {
            return [];
        }
        var ids = deliveries.Select(d => d.Id).ToList();
        var attempts = (await connection.QueryAsync<WebhookAttempt>(
            $"""
            SELECT delivery_id AS DeliveryId, attempted_at AS AttemptedAt, status_code AS StatusCode, error AS Error, duration_ms AS DurationMs
            FROM webhook_attempts WHERE {SqlLists.In(connection, "delivery_id", "@ids")} ORDER BY id
            """,
            new { ids })).ToLookup(a => a.DeliveryId);
        return deliveries.Select(d => d with { AttemptLog = attempts[d.Id].ToList() }).ToList();
    }

    /// <summary>
    /// Sends a finished delivery again, with the same event id and body (a receiver that processed it already
    /// recognises it) and a fresh set of attempts. One still queued is left to its retries.
    /// </summary>
    public async Task<ReplayOutcome> ReplayAsync(long endpointId, long deliveryId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var delivery = await connection.QuerySingleOrDefaultAsync<ReplayRow>(
            """
            SELECT d.status AS Status, e.enabled AS Enabled FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
            WHERE d.id = @deliveryId AND d.endpoint_id = @endpointId
            """,
            new { deliveryId, endpointId }, transaction);
        if (delivery is null)
        {
            return ReplayOutcome.NotFound;
        }
        if (!delivery.Enabled)
        {
            return ReplayOutcome.EndpointDisabled;
        }
        var queued = await connection.ExecuteAsync(
            "UPDATE webhook_deliveries SET status = 'pending' WHERE id = @deliveryId AND status IN ('delivered', 'failed', 'dropped')",
            new { deliveryId }, transaction);
        if (queued == 0)
        {
            return ReplayOutcome.StillQueued;
        }
        await PushOutbox.EnqueueSyncAsync(connection, transaction, PushOutbox.WebhookChannel, [deliveryId.ToString(System.Globalization.CultureInfo.InvariantCulture)], "", now, now);
        await transaction.CommitAsync(cancellationToken);
        return ReplayOutcome.Queued;
    }

    private sealed record ReplayRow
    {
        public string Status { get; init; } = "";
        public bool Enabled { get; init; }
    }
}
