using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Kpis;

/// <summary>Every table of the dashboard as CSV: the columns docs/kpis.md names, a line per row, asked for by format=csv or Accept.</summary>
[Trait("Category", "Database")]
public sealed class KpiCsvTests
{
    private const string Invalid = "https://walletloyalty.dev/problems/invalid";

    [Fact]
    public async Task TheTrendsStoresAndCohortsComeAsCsvWithTheirDocumentedColumns()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var member = await ledger.MemberAsync("2026-02-10 10:00");
        await ledger.PurchaseAsync(member, "2026-03-02 10:00", 1000);
        await ledger.PurchaseAsync(member, "2026-03-03 10:00", 2001, store: "station");
        using var marketer = await TillClient.WithNewKeyAsync(service, "marketer", programId: "demo");

        var trends = await CsvAsync(marketer, "/api/v1/programs/demo/kpis/trends?from=2026-03-02&to=2026-03-16&interval=week&format=csv");
        var stores = await CsvAsync(marketer, "/api/v1/programs/demo/kpis/stores?from=2026-03-01&to=2026-04-01&format=csv");
        var cohorts = await CsvAsync(marketer, "/api/v1/programs/demo/kpis/cohorts?from=2026-02-01&to=2026-04-01&format=csv");

        Assert.Equal(
            ["start,end,purchases,customers,net_amount_minor,average_order_value_minor", "2026-03-02,2026-03-09,2,1,3001,1501", "2026-03-09,2026-03-16,0,0,0,"],
            trends);
        Assert.Equal(
            ["store,name,purchases,customers,net_amount_minor,average_order_value_minor", "maple-street,Maple Street (flagship),1,1,1000,1000",
             "station,Central Station kiosk,1,1,2001,2001"],
            stores);
        Assert.Equal(["join_month,members,months_since_joining,month,customers,share", "2026-02-01,1,0,2026-02-01,0,0", "2026-02-01,1,1,2026-03-01,1,1"],
            cohorts.Take(3));
    }

    [Fact]
    public async Task TheKpisComeAsCsvFiguresBesideThePeriodBeforeAndTheirFunnelAndTiersAsTables()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var member = await ledger.MemberAsync("2026-03-05 10:00", source: "flyer-a");
        await ledger.PurchaseAsync(member, "2026-03-10 10:00", 3000);
        await ledger.SettleBalancesAsync();
        using var marketer = await TillClient.WithNewKeyAsync(service, "marketer", programId: "demo");

        var figures = await CsvAsync(marketer, "/api/v1/programs/demo/kpis?from=2026-03-01&to=2026-04-01&format=csv");
        var funnel = await CsvAsync(marketer, "/api/v1/programs/demo/kpis?from=2026-03-01&to=2026-04-01&format=csv&table=funnel");
        var tiers = await CsvAsync(marketer, "/api/v1/programs/demo/kpis?from=2026-03-01&to=2026-04-01&format=csv&table=tiers");

        Assert.Equal("figure,value,previous", figures[0]);
        Assert.Contains("customers,1,0", figures);
        Assert.Contains("netAmountMinor,3000,0", figures);
        Assert.Contains("averageOrderValueMinor,3000,", figures);
        Assert.Contains("retentionRate,,", figures);
        Assert.DoesNotContain(figures, line => line.StartsWith("from,", StringComparison.Ordinal) || line.StartsWith("funnel", StringComparison.Ordinal));
        Assert.Equal(["source,joined,installed,first_purchase,repeat,revenue_minor", "flyer-a,1,0,1,0,3000"], funnel);
        Assert.Equal(["tier,members", "Bronze,1", "Silver,0", "Gold,0"], tiers);
    }

    [Fact]
    public async Task AcceptTextCsvAsksForCsvToo()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        using var http = new HttpClient { BaseAddress = service.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/programs/demo/kpis/stores?from=2026-03-01&to=2026-04-01");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SampleSettings.AdminKey);
        request.Headers.Accept.ParseAdd("text/csv");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("demo-stores-2026-03-01-2026-04-01.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("store,name,", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownFormatIntervalOrTableIsRefusedNamingIt()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        using var admin = TillClient.Admin(service);

        foreach (var (path, parameter) in new[]
        {
            ("/api/v1/programs/demo/kpis/trends?interval=day", "interval"),
            ("/api/v1/programs/demo/kpis/trends?format=xml", "format"),
            ("/api/v1/programs/demo/kpis/cohorts?from=2026-05-01&to=2026-04-01", "from"),
            ("/api/v1/programs/demo/kpis/stores?tier=Platinum", "tier"),
            ("/api/v1/programs/demo/kpis/stores?source=flyer-z", "source"),
            ("/api/v1/programs/demo/kpis?format=csv&table=members", "table"),
            ("/api/v1/programs/demo/kpis?table=funnel", "table"),
        })
        {
            using var response = await admin.GetAsync(path);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, path);
            Assert.Equal(Invalid, body.GetProperty("type").GetString());
            Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), path);
        }
    }

    [Fact]
    public async Task WithoutDatesTheCohortsAreTheTwelveLocalMonthsUpToAndIncludingThisOneAndWithOnlyToTheTwelveEndingThere()
    {
        // 23:30 UTC on 30 November is already 1 December in Berlin.
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-30T23:30:00Z"));
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false",
            services: s => s.AddSingleton<TimeProvider>(clock));
        using var admin = TillClient.Admin(service);

        using var response = await admin.GetAsync("/api/v1/programs/demo/kpis/cohorts");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("2026-01-01", "2027-01-01"), (body.GetProperty("from").GetString(), body.GetProperty("to").GetString()));
        Assert.Equal(12, body.GetProperty("cohorts").GetArrayLength());
        Assert.Equal(12, body.GetProperty("cohorts")[0].GetProperty("months").GetArrayLength());
        Assert.Equal(1, body.GetProperty("cohorts")[11].GetProperty("months").GetArrayLength());

        using var untilMarch = await admin.GetAsync("/api/v1/programs/demo/kpis/cohorts?to=2026-03-15");
        var march = await untilMarch.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("2025-04-01", "2026-04-01"), (march.GetProperty("from").GetString(), march.GetProperty("to").GetString()));
    }

    private static async Task<string[]> CsvAsync(TillClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
