using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using WalletLoyalty.Data;
using WalletLoyalty.MemberCare;

namespace WalletLoyalty.Retention;

/// <summary>
/// Prunes the records that would otherwise grow forever. Each batch deletes and rolls up in one transaction,
/// taking the counts from the rows its own DELETE returned, so two nodes sweeping at once never count a row twice.
/// </summary>
public sealed class RetentionSweep(IDatabase database, IOptions<RetentionOptions> options, IOptions<MemberCareOptions> members, MemberErasure erasure, TimeProvider time)
{
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        DateTimeOffset Before(int days) => now - TimeSpan.FromDays(days);
        return new RetentionResult(
            await PruneOutboxAsync(Before(settings.OutboxDays), settings.BatchSize, cancellationToken),
            await PruneAsync("idempotency_keys", "created_at", Before(settings.IdempotencyKeyDays), settings.BatchSize, cancellationToken),
            await PruneAsync("apple_log_entries", "received_at", Before(settings.DeviceLogDays), settings.BatchSize, cancellationToken),
            await PruneAsync("google_callback_nonces", "received_at", Before(settings.CallbackNonceDays), settings.BatchSize, cancellationToken),
            await PruneAsync("google_notifications", "sent_at", Before(settings.GoogleNotificationDays), settings.BatchSize, cancellationToken),
            await erasure.ForgetStaleDevicesAsync(Before(members.Value.ErasedDeviceTokenDays), cancellationToken),
            await PruneWebhookDeliveriesAsync(Before(settings.WebhookDeliveryDays), settings.BatchSize, cancellationToken));
    }

    /// <summary>
    /// Finished webhook deliveries whose last attempt (or, unsent, their event) is older than the window, with their
    /// attempts. A delivery replayed since is judged by its new attempts; one pending or retrying is never pruned.
    /// </summary>
    private async Task<long> PruneWebhookDeliveriesAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken)
    {
        long total = 0;
        while (true)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var ids = (await connection.QueryAsync<long>(new CommandDefinition(
                $"""
                SELECT id FROM webhook_deliveries WHERE {FinishedDelivery} AND COALESCE(last_attempt_at, created_at) < @before
                ORDER BY id LIMIT @batchSize
                """,
                new { before, batchSize }, transaction, cancellationToken: cancellationToken))).ToList();
            if (ids.Count > 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    $"DELETE FROM webhook_attempts WHERE {SqlLists.In(connection, "delivery_id", "@ids")}", new { ids }, transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    $"DELETE FROM webhook_deliveries WHERE {SqlLists.In(connection, "id", "@ids")} AND {FinishedDelivery}", new { ids }, transaction,
                    cancellationToken: cancellationToken));
            }
            await transaction.CommitAsync(cancellationToken);
            total += ids.Count;
            if (ids.Count < batchSize)
            {
                return total;
            }
        }
    }

    private const string FinishedDelivery = "status IN ('delivered', 'failed', 'dropped')";

    private async Task<long> PruneOutboxAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken)
    {
        long total = 0;
        while (true)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var pruned = (await connection.QueryAsync<(long? CampaignId, string Channel, string Status)>(new CommandDefinition(
                """
                DELETE FROM outbox WHERE id IN (
                    SELECT id FROM outbox WHERE finished_at IS NOT NULL AND finished_at < @before AND status IN ('sent', 'failed', 'dropped')
                    ORDER BY id LIMIT @batchSize)
                RETURNING campaign_id, channel, status
                """,
                new { before, batchSize }, transaction, cancellationToken: cancellationToken))).ToList();
            foreach (var tally in pruned.Where(r => r.CampaignId is not null).GroupBy(r => (CampaignId: r.CampaignId!.Value, r.Channel, r.Status)))
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO outbox_tallies (campaign_id, channel, status, count) VALUES (@campaignId, @channel, @status, @count)
                    ON CONFLICT (campaign_id, channel, status) DO UPDATE SET count = outbox_tallies.count + excluded.count
                    """,
                    new { campaignId = tally.Key.CampaignId, channel = tally.Key.Channel, status = tally.Key.Status, count = (long)tally.Count() }, transaction, cancellationToken: cancellationToken));
            }
            await transaction.CommitAsync(cancellationToken);
            total += pruned.Count;
            if (pruned.Count < batchSize)
            {
                return total;
            }
        }
    }

    private async Task<long> PruneAsync(string table, string timeColumn, DateTimeOffset before, int batchSize, CancellationToken cancellationToken)
    {
        long total = 0;
        int deleted;
        do
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            deleted = await DeleteBatchAsync(connection, table, timeColumn, before, batchSize, cancellationToken);
            total += deleted;
        }
        while (deleted == batchSize);
        return total;
    }

    // Table and column names come from this class only, never from input.
    private static Task<int> DeleteBatchAsync(DbConnection connection, string table, string timeColumn, DateTimeOffset before, int batchSize, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM {table} WHERE ({KeyOf(table)}) IN (SELECT {KeyOf(table)} FROM {table} WHERE {timeColumn} < @before LIMIT @batchSize)",
            new { before, batchSize }, cancellationToken: cancellationToken));

    private static string KeyOf(string table) => table switch
    {
        "idempotency_keys" => "api_key_id, idempotency_key",
        "google_callback_nonces" => "nonce",
        _ => "id",
    };
}

/// <summary>Rows pruned by one sweep, per kind; ErasedMemberDevices are the device registrations of erased members whose phones never fetched the void.</summary>
public sealed record RetentionResult(long OutboxRows, long IdempotencyKeys, long DeviceLogs, long CallbackNonces, long GoogleNotifications, long ErasedMemberDevices,
    long WebhookDeliveries);
