using Dapper;
using Microsoft.Data.Sqlite;

namespace WalletLoyalty.Benchmarks.Campaigns;

/// <summary>Fills a fresh database with members of the demo program in a few set-based statements.</summary>
public static class AudienceSeed
{
    public static async Task InsertAsync(SqliteConnection connection, int members)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var now = DateTimeOffset.UtcNow;
        var parameters = new { members, now, joined = now.AddDays(-200), modified = now.ToUnixTimeSeconds() };
        string[] statements =
        [
            """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @members)
            INSERT INTO members (program_id, member_code, member_number, display_name, first_name, points_balance, tier, joined_at)
            SELECT 'demo', 'MBENCH' || substr('00000000000000000000' || i, -20), '8' || substr('000000000' || i, -9),
                   'Member ' || i, 'Member', i % 2000, CASE WHEN i % 10 = 0 THEN 'Gold' ELSE 'Bronze' END, @joined
            FROM n
            """,
            """
            INSERT INTO passes (program_id, member_id, kind, serial_number, authentication_token, version, modified_at, update_tag, created_at)
            SELECT 'demo', id, 'storeCard', 'B' || substr('0000000000000000000' || id, -19), 'T' || substr('0000000000000000000000000000000' || id, -31), 1, @modified, 0, @now
            FROM members
            """,
            """
            INSERT INTO apple_devices (device_library_identifier, push_token, updated_at)
            SELECT 'bench-device-' || id, printf('%064x', id), @now FROM members WHERE id % 10 < 6
            """,
            """
            INSERT INTO apple_registrations (device_library_identifier, pass_id, created_at)
            SELECT 'bench-device-' || p.member_id, p.id, @now FROM passes p WHERE p.member_id % 10 < 6
            """,
            """
            INSERT INTO google_objects (pass_id, object_id, class_id, kind, inserted_at, saved_at)
            SELECT p.id, '3388000000012345678.' || p.serial_number, 'issuer.demo', 'loyalty', @now, @now FROM passes p WHERE p.member_id % 10 >= 7
            """,
            """
            INSERT INTO app_devices (member_id, fcm_token, platform, created_at, updated_at)
            SELECT id, 'bench-fcm-token-' || id, 'android', @now, @now FROM members WHERE id % 5 = 0
            """,
        ];
        foreach (var sql in statements)
        {
            await connection.ExecuteAsync(sql, parameters, transaction);
        }
        await transaction.CommitAsync();
    }
}
