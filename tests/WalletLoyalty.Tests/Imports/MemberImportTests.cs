using System.Net;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Imports;

[Trait("Category", "Database")]
public sealed class MemberImportTests
{
    private const string Header = "external_id,first_name,last_name,email,phone,birthday,points,tier,joined_at,marketing_consent";

    [Fact]
    public async Task AnImportCompletesWithEveryDataRowCountedAndItsMembersStored()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        var status = await imports.ImportAsync("members", $"""
            {Header}
            C-1,Anna,Nowak,anna@example.com,+48 600 100 200,1990-04-12,250,Silver,2023-05-01T10:00:00+02:00,true
            C-2,Ben,,,,,,,,false
            C-3,,,,,,,,,
            """);

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(3, status.GetProperty("rowsTotal").GetInt64());
        Assert.Equal(3, status.GetProperty("rowsDone").GetInt64());
        Assert.Empty(ImportClient.Errors(status));
        var anna = (await service.QueryAsync<string>(
            "SELECT first_name || '|' || last_name || '|' || email || '|' || phone || '|' || birthday || '|' || points_balance || '|' || tier || '|' || source FROM members WHERE external_id = 'C-1'")).Single();
        Assert.Equal("Anna|Nowak|anna@example.com|+48 600 100 200|1990-04-12|250|Silver|import", anna);
        Assert.Equal(3, await service.CountAsync("SELECT COUNT(*) FROM passes p JOIN members m ON m.id = p.member_id WHERE m.external_id IS NOT NULL AND p.kind = 'storeCard'"));
        Assert.Equal("Bronze", (await service.QueryAsync<string>("SELECT tier FROM members WHERE external_id = 'C-3'")).Single());
    }

    [Fact]
    public async Task ThePointsColumnIsOneImportEntryBookedAtImportTimeAndNoPurchase()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await imports.ImportAsync("members", $"{Header}\nC-1,Anna,,,,,730,,2020-01-01T00:00:00Z,\nC-2,Ben,,,,,0,,,\n");

        var entries = await service.QueryAsync<Entry>(
            "SELECT l.kind AS Kind, l.points AS Points, l.balance_after AS BalanceAfter, l.occurred_at AS OccurredAt, l.amount_minor AS AmountMinor FROM ledger_entries l ORDER BY l.id");
        var entry = Assert.Single(entries);
        Assert.Equal(("import", 730L, 730L, (long?)null), (entry.Kind, entry.Points, entry.BalanceAfter, entry.AmountMinor));
        Assert.True(entry.OccurredAt >= before, "booked at import time, not at joined_at");
        Assert.Equal(730, await service.CountAsync("SELECT points_balance FROM members WHERE external_id = 'C-1'"));
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'earn'"));
    }

    [Fact]
    public async Task ImportedConsentIsRecordedWithTheImportChannel()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        await imports.ImportAsync("members", $"{Header}\nC-1,Anna,,,,,,,,true\nC-2,Ben,,,,,,,,false\n");

        var consents = await service.QueryAsync<string>(
            "SELECT m.external_id || ' ' || CASE WHEN c.granted THEN 'granted' ELSE 'withdrawn' END || ' ' || c.channel FROM member_consents c JOIN members m ON m.id = c.member_id");
        Assert.Equal(["C-1 granted import"], consents);
        Assert.Equal(1, await service.CountAsync("SELECT COUNT(*) FROM members WHERE marketing_consent = TRUE"));
    }

    [Fact]
    public async Task InvalidLinesAreReportedByTheirFileLineAndTheValidOnesGoIn()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        var status = await imports.ImportAsync("members", $"""
            {Header}
            C-1,Anna,,,,,,,,
            ,Nobody,,,,,,,,
            C-3,Carla,,,,12/04/1990,,,,
            C-4,Dan,,,,,,,,yes
            C-5,"Eve
            Smith",,,,,,,2023-13-01T00:00:00Z,
            C-6,Finn,,,,,-5,,,
            C-7,Gus,,,,,,,2023-05-01T10:00:00,
            C-8,Hal,,,,,,Platinum,,
            C-9,Ida,,,,,,,,true
            """);

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(9, status.GetProperty("rowsTotal").GetInt64());
        Assert.Equal(9, status.GetProperty("rowsDone").GetInt64());
        var errors = ImportClient.Errors(status);
        Assert.Equal([3L, 4L, 5L, 6L, 8L, 9L, 10L], errors.Select(e => e.Line));
        Assert.Contains("external_id", errors[0].Message);
        Assert.Contains("birthday", errors[1].Message);
        Assert.Contains("marketing_consent", errors[2].Message);
        Assert.Contains("joined_at", errors[3].Message);
        Assert.Contains("points", errors[4].Message);
        Assert.Contains("joined_at", errors[5].Message);
        Assert.Contains("tier", errors[6].Message);
        Assert.Equal(7, status.GetProperty("errorCount").GetInt64());
        var imported = await service.QueryAsync<string>("SELECT external_id FROM members WHERE external_id IS NOT NULL ORDER BY external_id");
        Assert.Equal(["C-1", "C-9"], imported);
    }

    [Fact]
    public async Task RunningTheSameFileTwiceChangesNothing()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        var csv = $"{Header}\nC-1,Anna,,,,,100,,,true\nC-2,Ben,,,,,40,,,\n";
        await imports.ImportAsync("members", csv);
        var before = await SnapshotAsync(service);

        var again = await imports.ImportAsync("members", csv);

        Assert.Equal("completed", again.GetProperty("status").GetString());
        Assert.Empty(ImportClient.Errors(again));
        Assert.Equal(before, await SnapshotAsync(service));
    }

    [Fact]
    public async Task AnotherProgramsMarketerCannotSeeTheImport()
    {
        await using var service = await ServiceHost.StartAsync(s => CampaignTemplates.Use(s, secondProgram: true));
        using var imports = ImportClient.Admin(service.BaseAddress);
        var id = await imports.StartAsync("members", $"{Header}\nC-1,Anna,,,,,,,,\n");
        using var other = await TillClient.WithNewKeyAsync(service, "marketer", programId: "other");

        using var response = await other.GetAsync($"/api/v1/imports/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> SnapshotAsync(ServiceHost service)
    {
        await using var connection = await service.Database().OpenAsync();
        var members = await connection.QueryAsync<string>(
            "SELECT external_id || ':' || points_balance || ':' || tier || ':' || member_number FROM members ORDER BY id");
        var ledger = await connection.QueryAsync<string>("SELECT member_id || ':' || kind || ':' || points || ':' || balance_after FROM ledger_entries ORDER BY id");
        var counts = await connection.QuerySingleAsync<(long Passes, long Consents)>(
            "SELECT (SELECT COUNT(*) FROM passes), (SELECT COUNT(*) FROM member_consents)");
        return string.Join('\n', members) + "\n--\n" + string.Join('\n', ledger) + $"\n--\n{counts}";
    }

    private sealed record Entry
    {
        public string Kind { get; init; } = "";
        public long Points { get; init; }
        public long BalanceAfter { get; init; }
        public DateTimeOffset OccurredAt { get; init; }
        public long? AmountMinor { get; init; }
    }
}
