using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Storage;

/// <summary>A statement run once per row writes every row once, on either engine, across several round trips.</summary>
[Trait("Category", "Database")]
public sealed class RowStatementsTests
{
    [Fact]
    public async Task EveryRowIsWrittenOnceWithItsNullsAndInstants()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var database = service.Database();
        var due = new DateTimeOffset(2026, 12, 2, 9, 30, 0, TimeSpan.FromHours(1));
        var rows = Enumerable.Range(0, RowStatements.RowsPerRoundTrip * 2 + 7)
            .Select(i => new { Channel = "fcm", Target = $"row-statement-{i}", Payload = i % 2 == 0 ? null : $"payload {i}", due, campaignId = (long?)null })
            .ToList();

        await using (var connection = await database.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var written = await RowStatements.ExecuteEachAsync(connection, transaction,
                """
                INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at, payload, campaign_id)
                VALUES (@Channel, @Target, 'demo', 'pending', 0, @due, @due, @Payload, @campaignId)
                """, rows);
            await transaction.CommitAsync();
            Assert.Equal(rows.Count, written);
        }

        await using var reader = await database.OpenAsync();
        var stored = (await reader.QueryAsync<(string Target, string? Payload, DateTimeOffset NotBefore)>(
            "SELECT target, payload, not_before FROM outbox WHERE target LIKE 'row-statement-%'")).ToList();
        Assert.Equal(rows.Select(r => (r.Target, r.Payload)).Order(), stored.Select(s => (s.Target, s.Payload)).Order());
        Assert.All(stored, s => Assert.Equal(due, s.NotBefore));
    }
}
