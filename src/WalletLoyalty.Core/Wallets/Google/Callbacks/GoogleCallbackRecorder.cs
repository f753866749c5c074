using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Push;
using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>
/// Records a verified save or delete: the Google object's state and an install or removal for the
/// member's flyer source, in one transaction with the nonce, so a callback Google retries counts once.
/// </summary>
public sealed class GoogleCallbackRecorder(IDatabase database, PushSignal? signal = null)
{
    /// <summary>False when the nonce was seen before and nothing was recorded.</summary>
    public async Task<bool> RecordAsync(GoogleCallbackMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var events = 0;
        var fresh = await connection.ExecuteAsync(
            "INSERT INTO google_callback_nonces (nonce, received_at) VALUES (@Nonce, @now) ON CONFLICT (nonce) DO NOTHING",
            new { message.Nonce, now }, transaction) == 1;
        if (fresh)
        {
            var saved = message.EventType == GoogleCallbackEventType.Save;
            await connection.ExecuteAsync(
                saved ? "UPDATE google_objects SET saved_at = @now, deleted_at = NULL WHERE object_id = @ObjectId"
                      : "UPDATE google_objects SET deleted_at = @now WHERE object_id = @ObjectId",
                new { message.ObjectId, now }, transaction);
            await connection.ExecuteAsync(
                """
                INSERT INTO wallet_events (program_id, pass_id, platform, kind, source, occurred_at)
                SELECT p.program_id, p.id, 'google', @kind, m.source, @now
                FROM google_objects g JOIN passes p ON p.id = g.pass_id JOIN members m ON m.id = p.member_id
                WHERE g.object_id = @ObjectId
                """,
                new { message.ObjectId, kind = saved ? "install" : "uninstall", now }, transaction);
            if (await connection.ExecuteScalarAsync<long?>("SELECT pass_id FROM google_objects WHERE object_id = @ObjectId", new { message.ObjectId }, transaction) is { } passId)
            {
                events = await WebhookEvents.RaiseForPassAsync(connection, transaction,
                    saved ? WebhookEventTypes.PassInstalled : WebhookEventTypes.PassRemoved, passId, "google", now);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        if (events > 0)
        {
            signal?.Notify();
        }
        return fresh;
    }
}
