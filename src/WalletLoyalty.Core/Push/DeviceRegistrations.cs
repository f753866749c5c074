using System.Data.Common;
using Dapper;

namespace WalletLoyalty.Push;

public static class DeviceRegistrations
{
    /// <summary>APNs said the token is gone: the device's registrations go, each recorded as an uninstall.</summary>
    public static async Task ForgetPushTokenAsync(DbConnection connection, DbTransaction transaction, string pushToken, DateTimeOffset now)
    {
        await connection.ExecuteAsync(
            """
            INSERT INTO wallet_events (program_id, pass_id, platform, kind, source, occurred_at)
            SELECT p.program_id, p.id, 'apple', 'uninstall', m.source, @now
            FROM apple_devices d
            JOIN apple_registrations r ON r.device_library_identifier = d.device_library_identifier
            JOIN passes p ON p.id = r.pass_id JOIN members m ON m.id = p.member_id
            WHERE d.push_token = @pushToken
            """,
            new { pushToken, now }, transaction);
        await connection.ExecuteAsync(
            """
            DELETE FROM apple_registrations WHERE device_library_identifier IN
                (SELECT device_library_identifier FROM apple_devices WHERE push_token = @pushToken)
            """,
            new { pushToken }, transaction);
        await connection.ExecuteAsync("DELETE FROM apple_devices WHERE push_token = @pushToken", new { pushToken }, transaction);
    }
}
