using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Imports;

[Trait("Category", "Database")]
public sealed class PurchaseImportTests
{
    private const string Members = "external_id,first_name,points\nC-1,Anna,100\nC-2,Ben,\n";
    private const string Header = "external_id,receipt_id,store_id,amount_minor,currency,occurred_at,categories";

    [Fact]
    public async Task PurchasesBecomeEarnEntriesAtTheirOwnTimesWithTheTillsPointsAndMoveBalanceAndTier()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        await imports.ImportAsync("members", Members);
        var recently = DateTimeOffset.UtcNow.AddDays(-10).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);

        var status = await imports.ImportAsync("purchases", $"""
            {Header}
            C-1,R-1,maple-street,45099,EUR,{recently},bakery;coffee;bakery
            C-1,R-2,station,12050,,2019-06-01T08:15:00+02:00,
            C-2,R-1,station,999,EUR,{recently},
            """);

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(3, status.GetProperty("rowsDone").GetInt64());
        Assert.Empty(ImportClient.Errors(status));
        var earns = await service.QueryAsync<string>(
            "SELECT m.external_id || ' ' || l.receipt_id || ' ' || l.store_id || ' ' || l.points || ' ' || l.balance_after || ' ' || COALESCE(l.categories, '-') FROM ledger_entries l JOIN members m ON m.id = l.member_id WHERE l.kind = 'earn' ORDER BY l.id");
        // A category named twice is stored once.
        Assert.Equal(["C-1 R-1 maple-street 450 550 bakery;coffee", "C-1 R-2 station 120 670 -", "C-2 R-1 station 9 9 -"], earns);
        var old = await service.QueryAsync<DateTimeOffset>("SELECT occurred_at FROM ledger_entries WHERE receipt_id = 'R-2'");
        Assert.Equal(DateTimeOffset.Parse("2019-06-01T06:15:00Z", System.Globalization.CultureInfo.InvariantCulture), Assert.Single(old));
        // The tier counts the last 365 days: 450 points of R-1, not the old R-2 nor the opening balance, so Bronze stays below Silver's 500.
        Assert.Equal(["C-1 670 Bronze", "C-2 9 Bronze"], await service.QueryAsync<string>(
            "SELECT external_id || ' ' || points_balance || ' ' || tier FROM members WHERE external_id IS NOT NULL ORDER BY external_id"));
    }

    [Fact]
    public async Task PurchasesThatLiftATierChangeIt()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        await imports.ImportAsync("members", Members);
        var recently = DateTimeOffset.UtcNow.AddDays(-3).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);

        await imports.ImportAsync("purchases", $"{Header}\nC-2,R-9,station,60000,EUR,{recently},\n");

        Assert.Equal(["C-2 600 Silver"], await service.QueryAsync<string>(
            "SELECT external_id || ' ' || points_balance || ' ' || tier FROM members WHERE external_id = 'C-2'"));
    }

    [Fact]
    public async Task PurchasesInSeveralBatchesLiftTheTierOnceTheWholeFileIsIn()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Imports:BatchRows"] = "2");
        using var imports = ImportClient.Admin(service.BaseAddress);
        await imports.ImportAsync("members", Members);
        var recently = DateTimeOffset.UtcNow.AddDays(-3).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
        var yearAgo = DateTimeOffset.UtcNow.AddDays(-400).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);

        // Five rows in three batches: C-2's 200 + 200 + 200 points of the last year reach Silver (500); C-1's old 900 do not count.
        var status = await imports.ImportAsync("purchases", $"""
            {Header}
            C-2,R-1,station,20000,EUR,{recently},
            C-1,R-2,station,90000,EUR,{yearAgo},
            C-2,R-3,station,20000,EUR,{recently},
            C-1,R-4,station,1000,EUR,{recently},
            C-2,R-5,station,20000,EUR,{recently},
            """);

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(["C-1 1010 Bronze", "C-2 600 Silver"], await service.QueryAsync<string>(
            "SELECT external_id || ' ' || points_balance || ' ' || tier FROM members WHERE external_id IS NOT NULL ORDER BY external_id"));
        Assert.Equal([0L], await service.QueryAsync<long>("SELECT COUNT(*) FROM import_touched_members"));
    }

    [Fact]
    public async Task ImportedPurchasesPushNothingButThePassShowsTheNewBalanceWhenNextFetched()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        await imports.ImportAsync("members", Members);
        var serial = (await service.QueryAsync<string>("SELECT p.serial_number FROM passes p JOIN members m ON m.id = p.member_id WHERE m.external_id = 'C-1'")).Single();
        var device = new AppleDevice(service.Client);
        var token = (await service.QueryAsync<string>("SELECT authentication_token FROM passes WHERE serial_number = @serial", new { serial })).Single();
        using (var register = new HttpRequestMessage(HttpMethod.Post, $"/apple/v1/devices/{device.DeviceLibraryIdentifier}/registrations/{device.PassTypeIdentifier}/{serial}"))
        {
            register.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApplePass", token);
            register.Content = System.Net.Http.Json.JsonContent.Create(new { pushToken = device.PushToken });
            using var registered = await service.Client.SendAsync(register);
            Assert.True(registered.IsSuccessStatusCode, registered.StatusCode.ToString());
        }
        Assert.Equal(100, await PointsOnThePassAsync(service, serial, token));

        await imports.ImportAsync("purchases", $"{Header}\nC-1,R-1,maple-street,2000,EUR,2024-01-05T12:00:00Z,\n");

        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM outbox"));
        Assert.Equal(120, await PointsOnThePassAsync(service, serial, token));
    }

    private static async Task<long> PointsOnThePassAsync(ServiceHost service, string serial, string token)
    {
        using var fetch = new HttpRequestMessage(HttpMethod.Get, $"/apple/v1/passes/{SampleSettings.PassTypeIdentifier}/{serial}");
        fetch.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApplePass", token);
        using var fetched = await service.Client.SendAsync(fetch);
        Assert.Equal(System.Net.HttpStatusCode.OK, fetched.StatusCode);
        return new PkPassFile(await fetched.Content.ReadAsByteArrayAsync()).Field("points").GetProperty("value").GetInt64();
    }

    [Fact]
    public async Task BadLinesAreReportedByLineAndTheValidOnesGoIn()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        await imports.ImportAsync("members", Members);

        var status = await imports.ImportAsync("purchases", $"""
            {Header}
            C-1,R-1,maple-street,1000,EUR,2024-01-05T12:00:00Z,
            C-9,R-2,maple-street,1000,EUR,2024-01-05T12:00:00Z,
            C-1,R-3,harbour,1000,EUR,2024-01-05T12:00:00Z,
            C-1,R-4,maple-street,1000,EUR,05.01.2024 12:00,
            C-1,R-5,maple-street,ten,EUR,2024-01-05T12:00:00Z,
            C-1,R-6,maple-street,1000,USD,2024-01-05T12:00:00Z,
            ,R-7,maple-street,1000,EUR,2024-01-05T12:00:00Z,
            C-2,R-8,station,1000,EUR,2024-01-05T12:00:00Z,
            """);

        var errors = ImportClient.Errors(status);
        Assert.Equal([3L, 4L, 5L, 6L, 7L, 8L], errors.Select(e => e.Line));
        Assert.Contains("external_id 'C-9'", errors[0].Message);
        Assert.Contains("store_id 'harbour'", errors[1].Message);
        Assert.Contains("occurred_at", errors[2].Message);
        Assert.Contains("amount_minor", errors[3].Message);
        Assert.Contains("currency", errors[4].Message);
        Assert.Contains("external_id is missing", errors[5].Message);
        Assert.Equal(["R-1", "R-8"], await service.QueryAsync<string>("SELECT receipt_id FROM ledger_entries WHERE kind = 'earn' ORDER BY receipt_id"));
    }

    [Fact]
    public async Task RunningTheSameFileTwiceLeavesLedgerAndBalancesAsTheyWere()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        await imports.ImportAsync("members", Members);
        var csv = $"{Header}\nC-1,R-1,maple-street,1000,EUR,2024-01-05T12:00:00Z,\nC-2,R-1,station,2500,EUR,2024-01-06T12:00:00Z,\nC-2,R-2,station,700,EUR,2024-01-07T12:00:00Z,\n";
        await imports.ImportAsync("purchases", csv);
        var before = await LedgerAsync(service);

        var again = await imports.ImportAsync("purchases", csv);

        Assert.Equal("completed", again.GetProperty("status").GetString());
        Assert.Equal(3, again.GetProperty("rowsDone").GetInt64());
        Assert.Empty(ImportClient.Errors(again));
        Assert.Equal(before, await LedgerAsync(service));
    }

    [Fact]
    public async Task AReceiptATillAlreadyCreditedIsNotCreditedAgain()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        await imports.ImportAsync("members", Members);
        var code = (await service.QueryAsync<string>("SELECT member_code FROM members WHERE external_id = 'C-1'")).Single();
        using var till = await TillClient.WithNewKeyAsync(service, "cashier", "maple-street", "demo");
        Assert.True((await till.EarnAsync(code, 1000, "R-1")).Response.IsSuccessStatusCode);

        await imports.ImportAsync("purchases", $"{Header}\nC-1,R-1,maple-street,1000,EUR,2024-01-05T12:00:00Z,\n");

        Assert.Equal(1, await service.CountAsync("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'earn'"));
        Assert.Equal(110, await service.CountAsync("SELECT points_balance FROM members WHERE external_id = 'C-1'"));
    }

    private static async Task<string> LedgerAsync(ServiceHost service)
    {
        await using var connection = await service.Database().OpenAsync();
        var ledger = await connection.QueryAsync<string>("SELECT member_id || ':' || kind || ':' || points || ':' || balance_after || ':' || COALESCE(receipt_id, '') FROM ledger_entries ORDER BY id");
        var balances = await connection.QueryAsync<string>("SELECT id || ':' || points_balance || ':' || tier FROM members ORDER BY id");
        return string.Join('\n', ledger) + "\n--\n" + string.Join('\n', balances);
    }
}
