using System.Text;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Imports;

/// <summary>kill -9 in the middle of an import: the restarted service continues from the last committed batch, and nothing is doubled.</summary>
[Trait("Category", "Database")]
public sealed class KillDuringImportTests
{
    private const int Members = 30_000;

    [Fact]
    public async Task AnImportKilledMidwayContinuesAfterTheRestartFromItsLastCommittedBatch()
    {
        var settings = SampleSettings.For(Directory.CreateTempSubdirectory("kill-import-").FullName);
        settings["Push:DispatcherEnabled"] = "false";
        settings["Imports:BatchRows"] = "25";
        var database = TestEngine.Open(settings);
        var csv = new StringBuilder("external_id,first_name,points\n");
        for (var i = 0; i < Members; i++)
        {
            csv.Append("C-").Append(i).Append(",Member").Append(i).Append(',').Append(i % 500 + 1).Append('\n');
        }
        long id;
        await using (var first = await ServiceProcess.StartAsync(settings))
        {
            using var imports = ImportClient.Admin(first.BaseAddress);
            id = await imports.StartAsync("members", csv.ToString());
            await Eventually.TrueAsync(async () => (await imports.StatusAsync(id)).GetProperty("rowsDone").GetInt64() >= 100, "the import is under way");
            await first.KillAsync();
        }

        await using (var connection = await database.OpenAsync())
        {
            var killed = await connection.QuerySingleAsync<(string Status, long RowsDone)>("SELECT status, rows_done FROM import_jobs WHERE id = @id", new { id });
            Assert.Equal("running", killed.Status);
            Assert.InRange(killed.RowsDone, 100, Members - 1);
            Assert.Equal(killed.RowsDone, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM members WHERE import_id = @id", new { id }));
        }

        await using var second = await ServiceProcess.StartAsync(settings);
        using var again = ImportClient.Admin(second.BaseAddress);
        var status = await again.FinishedAsync(id, TimeSpan.FromMinutes(3));

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(Members, status.GetProperty("rowsDone").GetInt64());
        Assert.Empty(ImportClient.Errors(status));
        await using var after = await database.OpenAsync();
        var counts = await after.QuerySingleAsync<(long Members, long Distinct, long Cards, long Openings, long Points, long Balances)>(
            """
            SELECT (SELECT COUNT(*) FROM members WHERE external_id IS NOT NULL),
                   (SELECT COUNT(DISTINCT external_id) FROM members),
                   (SELECT COUNT(*) FROM passes p JOIN members m ON m.id = p.member_id WHERE m.external_id IS NOT NULL),
                   (SELECT COUNT(*) FROM ledger_entries WHERE kind = 'import'),
                   (SELECT COALESCE(SUM(points), 0) FROM ledger_entries WHERE kind = 'import'),
                   (SELECT COALESCE(SUM(points_balance), 0) FROM members)
            """);
        var expectedPoints = Enumerable.Range(0, Members).Sum(i => (long)(i % 500 + 1));
        Assert.Equal((Members, Members, Members, Members, expectedPoints, expectedPoints), counts);
    }
}
