using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Push;
using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Wallets.Apple;

/// <summary>Which devices want updates for which passes (protocols.md §2), and the installs they imply.</summary>
public sealed class AppleRegistrations(IDatabase database, TimeProvider time, PushSignal? signal = null)
{
    /// <summary>
    /// Registers the device for the pass; true when the registration is new. A pass is kept on at most
    /// <paramref name="maxDevices"/> devices: a new one evicts those registered longest ago, so a shopper who
    /// changes phones is never locked out.
    /// </summary>
    public async Task<bool> RegisterAsync(string deviceLibraryIdentifier, string pushToken, PassView pass, int maxDevices, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO apple_devices (device_library_identifier, push_token, updated_at) VALUES (@deviceLibraryIdentifier, @pushToken, @now)
            ON CONFLICT (device_library_identifier) DO UPDATE SET push_token = excluded.push_token, updated_at = excluded.updated_at
            """,
            new { deviceLibraryIdentifier, pushToken, now }, transaction);
        var events = 0;
        var created = await connection.ExecuteAsync(
            """
            INSERT INTO apple_registrations (device_library_identifier, pass_id, created_at) VALUES (@deviceLibraryIdentifier, @passId, @now)
            ON CONFLICT (device_library_identifier, pass_id) DO NOTHING
            """,
            new { deviceLibraryIdentifier, passId = pass.Id, now }, transaction) == 1;
        if (created)
        {
            await RecordEventAsync(connection, transaction, pass, "install", now);
            await DeviceRegistrations.EvictBeyondAsync(connection, transaction, pass.Id, deviceLibraryIdentifier, maxDevices);
            events = await WebhookEvents.RaiseForPassAsync(connection, transaction, WebhookEventTypes.PassInstalled, pass.Id, "apple", now);
        }
        await transaction.CommitAsync(cancellationToken);
        Notify(events);
        return created;
    }

    public async Task UnregisterAsync(string deviceLibraryIdentifier, PassView pass, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var removed = await connection.ExecuteAsync(
            "DELETE FROM apple_registrations WHERE device_library_identifier = @deviceLibraryIdentifier AND pass_id = @passId",
            new { deviceLibraryIdentifier, passId = pass.Id }, transaction);
        // Apple's guidance: once a device has no registrations left, forget it.
        await connection.ExecuteAsync(
            """
            DELETE FROM apple_devices WHERE device_library_identifier = @deviceLibraryIdentifier
              AND NOT EXISTS (SELECT 1 FROM apple_registrations r WHERE r.device_library_identifier = @deviceLibraryIdentifier)
            """,
            new { deviceLibraryIdentifier }, transaction);
        var events = 0;
        if (removed > 0)
        {
            await RecordEventAsync(connection, transaction, pass, "uninstall", now);
            events = await WebhookEvents.RaiseForPassAsync(connection, transaction, WebhookEventTypes.PassRemoved, pass.Id, "apple", now);
        }
        await transaction.CommitAsync(cancellationToken);
        Notify(events);
    }

    private void Notify(int webhookEvents)
    {
        if (webhookEvents > 0)
        {
            signal?.Notify();
        }
    }

    /// <summary>
    /// Serial numbers of the device's passes changed after the tag, and the tag to ask after next time: the
    /// newest one such that no change at or before it can still commit. A pass may come again next time.
    /// </summary>
    public async Task<(IReadOnlyList<string> Serials, long LastTag)> UpdatedSinceAsync(string deviceLibraryIdentifier, long? sinceTag, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var since = sinceTag ?? -1;
        var rows = (await connection.QueryAsync<(string Serial, long Tag, long? Seen)>(
            $"""
            SELECT p.serial_number, p.update_tag, {database.PassTagsSeenSql} AS seen
            FROM apple_registrations r JOIN passes p ON p.id = r.pass_id
            WHERE r.device_library_identifier = @deviceLibraryIdentifier AND p.update_tag > @since
            ORDER BY p.update_tag
            """,
            new { deviceLibraryIdentifier, since })).AsList();
        if (rows.Count == 0)
        {
            return ([], 0);
        }
        var lastTag = rows[0].Seen is { } seen ? Math.Max(since, seen) : rows[^1].Tag;
        return (rows.Select(r => r.Serial).ToList(), lastTag);
    }

    public async Task LogAsync(IEnumerable<string> messages, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO apple_log_entries (received_at, message) VALUES (@now, @message)",
            messages.Select(message => new { now, message }));
    }

    private static Task RecordEventAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, PassView pass, string kind, DateTimeOffset now) =>
        connection.ExecuteAsync(
            """
            INSERT INTO wallet_events (program_id, pass_id, platform, kind, source, occurred_at)
            SELECT p.program_id, p.id, 'apple', @kind, m.source, @now FROM passes p JOIN members m ON m.id = p.member_id WHERE p.id = @passId
            """,
            new { passId = pass.Id, kind, now }, transaction);
}
