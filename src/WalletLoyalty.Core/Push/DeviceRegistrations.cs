using System.Data.Common;
using Dapper;

namespace WalletLoyalty.Push;

public static class DeviceRegistrations
{
    /// <summary>
    /// APNs said the token is gone: the device's registrations go, each recorded as an uninstall. With <paramref name="goneSince"/>, a
    /// registration made after that moment (the device registered again) stays.
    /// </summary>
    public static async Task ForgetPushTokenAsync(DbConnection connection, DbTransaction transaction, string pushToken, DateTimeOffset now, DateTimeOffset? goneSince = null)
    {
        var older = goneSince is null ? "" : "AND r.created_at < @goneSince";
        await connection.ExecuteAsync(
            $"""
            INSERT INTO wallet_events (program_id, pass_id, platform, kind, source, occurred_at)
            SELECT p.program_id, p.id, 'apple', 'uninstall', m.source, @now
            FROM apple_devices d
            JOIN apple_registrations r ON r.device_library_identifier = d.device_library_identifier
            JOIN passes p ON p.id = r.pass_id JOIN members m ON m.id = p.member_id
            WHERE d.push_token = @pushToken {older}
            """,
            new { pushToken, now, goneSince }, transaction);
        await connection.ExecuteAsync(
            $"""
            DELETE FROM apple_registrations WHERE EXISTS (
                SELECT 1 FROM apple_devices d, apple_registrations r
                WHERE d.push_token = @pushToken AND r.device_library_identifier = d.device_library_identifier {older}
                  AND r.device_library_identifier = apple_registrations.device_library_identifier AND r.pass_id = apple_registrations.pass_id)
            """,
            new { pushToken, goneSince }, transaction);
        await connection.ExecuteAsync(
            """
            DELETE FROM apple_devices WHERE push_token = @pushToken AND NOT EXISTS (
                SELECT 1 FROM apple_registrations r WHERE r.device_library_identifier = apple_devices.device_library_identifier)
            """,
            new { pushToken }, transaction);
    }

    /// <summary>
    /// Keeps the pass on the device just registered and the newest others up to <paramref name="maxDevices"/>
    /// in all; older registrations go, and a device left with none is forgotten. Not an uninstall: the card
    /// may still be in that wallet, it just stops getting updates.
    /// </summary>
    public static async Task EvictBeyondAsync(DbConnection connection, DbTransaction transaction, long passId, string keptDevice, int maxDevices)
    {
        // Concurrent registrations of one pass take their turn on its row, so each evicts from what the others committed.
        await connection.ExecuteAsync("UPDATE passes SET version = version WHERE id = @passId", new { passId }, transaction);
        var evicted = (await connection.QueryAsync<string>(
            """
            DELETE FROM apple_registrations
            WHERE pass_id = @passId AND device_library_identifier <> @keptDevice
              AND device_library_identifier NOT IN (
                SELECT device_library_identifier FROM apple_registrations
                WHERE pass_id = @passId AND device_library_identifier <> @keptDevice
                ORDER BY created_at DESC, device_library_identifier DESC
                LIMIT @others)
            RETURNING device_library_identifier
            """,
            new { passId, keptDevice, others = maxDevices - 1 }, transaction)).AsList();
        foreach (var device in evicted)
        {
            await connection.ExecuteAsync(
                """
                DELETE FROM apple_devices WHERE device_library_identifier = @device
                  AND NOT EXISTS (SELECT 1 FROM apple_registrations r WHERE r.device_library_identifier = @device)
                """,
                new { device }, transaction);
        }
    }
}
