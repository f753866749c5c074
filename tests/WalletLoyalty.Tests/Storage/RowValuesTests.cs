using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Storage;

/// <summary>Rows written by one set-based statement arrive once each, with their NULLs and instants, on either engine.</summary>
[Trait("Category", "Database")]
public sealed class RowValuesTests
{
    private sealed record Row(string Target, string? Payload, DateTimeOffset? Due);

    [Fact]
    public async Task RowsSpanningSeveralStatementsArriveOnceWithTheirNullsAndInstants()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var database = service.Database();
        var due = new DateTimeOffset(2026, 12, 2, 9, 30, 0, TimeSpan.FromHours(1));
        // Every payload NULL in the first statement's rows: the column's type must come from the binding, not the values.
        var rows = Enumerable.Range(0, 2_345).Select(i => new Row($"row-values-{i}", i < 1_000 ? null : $"payload {i}", i % 3 == 0 ? null : due)).ToList();

        await using (var connection = await database.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var written = await new RowValues<Row>("message", rows)
                .Text("target", r => r.Target)
                .Text("payload", r => r.Payload)
                .Instant("due", r => r.Due)
                .ExecuteAsync(connection, transaction,
                    """
                    INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at, payload)
                    SELECT 'fcm', m.target, 'demo', 'pending', 0, COALESCE(m.due, @created), @created, m.payload FROM message m
                    """,
                    new { created = due.AddHours(-1) });
            await transaction.CommitAsync();
            Assert.Equal(rows.Count, written);
        }

        await using var reader = await database.OpenAsync();
        var stored = (await reader.QueryAsync<(string Target, string? Payload, DateTimeOffset NotBefore)>(
            "SELECT target, payload, not_before FROM outbox WHERE target LIKE 'row-values-%'")).ToList();
        Assert.Equal(rows.Select(r => (r.Target, r.Payload, r.Due ?? due.AddHours(-1))).Order(), stored.Order());
    }
}
