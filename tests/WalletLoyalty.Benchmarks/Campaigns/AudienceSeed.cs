using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Benchmarks.Campaigns;

/// <summary>
/// Fills a fresh database with members of the demo program in a few set-based statements, valid on SQLite and
/// PostgreSQL (fixed-width numbers come from adding a 19-digit base, not from engine-specific padding).
/// </summary>
public static class AudienceSeed
{
    public static async Task InsertAsync(IDatabase database, int members)
    {
        using var turn = await database.EnterWriterQueueAsync(CancellationToken.None);
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var now = DateTimeOffset.UtcNow;
        var parameters = new
        {
            members, now, joined = now.AddDays(-200), modified = now.ToUnixTimeSeconds(),
            numberBase = 1_000_000_000_000_000_000, memberNumberBase = 8_000_000_000, tokenPadding = new string('0', 64 - 19),
        };
        string[] statements =
        [
            """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @members)
            INSERT INTO members (program_id, member_code, member_number, display_name, first_name, points_balance, tier, joined_at, marketing_consent)
            SELECT 'demo', 'MBENCH' || CAST(@numberBase + i AS TEXT), CAST(@memberNumberBase + i AS TEXT),
                   'Member ' || CAST(i AS TEXT), 'Member', i % 2000, CASE WHEN i % 10 = 0 THEN 'Gold' ELSE 'Bronze' END, @joined, TRUE
            FROM n
            """,
            """
            INSERT INTO passes (program_id, member_id, kind, serial_number, authentication_token, version, modified_at, update_tag, created_at)
            SELECT 'demo', id, 'storeCard', 'B' || CAST(@numberBase + id AS TEXT), 'T000000000000' || CAST(@numberBase + id AS TEXT), 1, @modified, 0, @now
            FROM members
            """,
            """
            INSERT INTO apple_devices (device_library_identifier, push_token, updated_at)
            SELECT 'bench-device-' || CAST(id AS TEXT), @tokenPadding || CAST(@numberBase + id AS TEXT), @now FROM members WHERE id % 10 < 6
            """,
            """
            INSERT INTO apple_registrations (device_library_identifier, pass_id, created_at)
            SELECT 'bench-device-' || CAST(p.member_id AS TEXT), p.id, @now FROM passes p WHERE p.member_id % 10 < 6
            """,
            """
            INSERT INTO google_objects (pass_id, object_id, class_id, kind, inserted_at, saved_at)
            SELECT p.id, '3388000000012345678.' || p.serial_number, 'issuer.demo', 'loyalty', @now, @now FROM passes p WHERE p.member_id % 10 >= 7
            """,
            """
            INSERT INTO app_devices (member_id, fcm_token, platform, created_at, updated_at)
            SELECT id, 'bench-fcm-token-' || CAST(id AS TEXT), 'android', @now, @now FROM members WHERE id % 5 = 0
            """,
        ];
        foreach (var sql in statements)
        {
            await connection.ExecuteAsync(sql, parameters, transaction);
        }
        await transaction.CommitAsync();
    }
}
