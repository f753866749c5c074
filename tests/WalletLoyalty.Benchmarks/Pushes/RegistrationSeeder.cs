using Dapper;
using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Data;

namespace WalletLoyalty.Benchmarks.Pushes;

/// <summary>
/// Apple devices registered for the seeded store cards (device i for pass i mod passes), and one due APNs outbox row
/// per device as <c>PushOutbox.EnqueueApplePushesAsync</c> writes them — in a few set-based statements valid on
/// SQLite and PostgreSQL, all in one transaction, so the dispatcher sees the whole backlog at once.
/// </summary>
public static class RegistrationSeeder
{
    private const string DevicePrefix = "benchdevice00";
    // Device and token numbers are this plus the device's index: 19 digits each, so every id has the same length.
    private const long Base = 1_000_000_000_000_000_000;

    public static async Task InsertAsync(IDatabase database, IReadOnlyList<MemberSeeder.SeededMember> passes, int devices, string topic)
    {
        var now = DateTimeOffset.UtcNow;
        using var turn = await database.EnterWriterQueueAsync(CancellationToken.None);
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var parameters = new
        {
            devices, now, topic, prefix = DevicePrefix, like = DevicePrefix + "%", numberBase = Base,
            tokenPrefix = new string('a', 64 - 19), passCount = passes.Count, ids = passes.Select(p => p.PassId).ToList(),
        };
        string[] statements =
        [
            """
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < @devices)
            INSERT INTO apple_devices (device_library_identifier, push_token, updated_at)
            SELECT @prefix || CAST(@numberBase + i AS TEXT), @tokenPrefix || CAST(@numberBase + i AS TEXT), @now FROM n
            """,
            $"""
            WITH numbered AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM passes WHERE {SqlLists.In(connection, "id", "@ids")}),
                 devices AS (SELECT device_library_identifier, CAST(SUBSTR(device_library_identifier, {DevicePrefix.Length + 1}) AS BIGINT) - @numberBase AS i
                             FROM apple_devices WHERE device_library_identifier LIKE @like)
            INSERT INTO apple_registrations (device_library_identifier, pass_id, created_at)
            SELECT d.device_library_identifier, p.id, @now FROM devices d JOIN numbered p ON p.k = d.i % @passCount
            """,
            """
            INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at)
            SELECT 'apns', push_token, @topic, 'pending', 0, @now, @now FROM apple_devices WHERE device_library_identifier LIKE @like
            ORDER BY device_library_identifier
            """,
        ];
        foreach (var sql in statements)
        {
            await connection.ExecuteAsync(sql, parameters, transaction);
        }
        await transaction.CommitAsync();
    }
}
