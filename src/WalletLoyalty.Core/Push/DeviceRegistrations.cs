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
}
