using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Kpis;

[Trait("Category", "Database")]
public sealed class KpisApiTests
{
    private const string Invalid = "https://walletloyalty.dev/problems/invalid";

    [Fact]
    public async Task TheAnswerHasEveryFigureAtItsTopLevelAsAPlainNumberAndThePeriodBeforeBesideIt()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var member = await ledger.MemberAsync();
        await ledger.PurchaseAsync(member, "2026-02-10 10:00", 1000);
        await ledger.PurchaseAsync(member, "2026-03-10 10:00", 3000);
        await ledger.SettleBalancesAsync();
        using var marketer = await TillClient.WithNewKeyAsync(service, "marketer", programId: "demo");

        using var response = await marketer.GetAsync("/api/v1/programs/demo/kpis?from=2026-03-01&to=2026-04-01");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2026-03-01", body.GetProperty("from").GetString());
        Assert.Equal(1.0, body.GetProperty("retentionRate").GetDouble());
        Assert.Equal(0.0, body.GetProperty("churnRate").GetDouble());
        Assert.Equal(0.0, body.GetProperty("repeatPurchaseRate").GetDouble());
        Assert.Equal(1.0, body.GetProperty("purchaseFrequency").GetDouble());
        Assert.Equal(3000, body.GetProperty("averageOrderValueMinor").GetInt64());
        Assert.Equal(4000, body.GetProperty("historicalValueMinor").GetInt64());
        Assert.Equal(40, body.GetProperty("pointsLiability").GetInt64());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("lifetimeValueMinor").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("upsellRate").ValueKind);
        Assert.Equal(0, body.GetProperty("nps").GetProperty("answers").GetInt64());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("nps").GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("funnel").ValueKind);
        Assert.Equal("Bronze", body.GetProperty("tierDistribution")[0].GetProperty("tier").GetString());
        var previous = body.GetProperty("previous");
        Assert.Equal("2026-01-29", previous.GetProperty("from").GetString());
        Assert.Equal(1000, previous.GetProperty("netAmountMinor").GetInt64());
        Assert.False(previous.TryGetProperty("previous", out _));
    }

    [Fact]
    public async Task WithoutDatesTheAnswerCoversTheThirtyLocalDaysUpToToday()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        using var admin = TillClient.Admin(service);

        using var response = await admin.GetAsync("/api/v1/programs/demo/kpis");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (from, to) = (DateOnly.Parse(body.GetProperty("from").GetString()!), DateOnly.Parse(body.GetProperty("to").GetString()!));
        Assert.Equal(30, to.DayNumber - from.DayNumber);
    }

    [Fact]
    public async Task ValuesThatCannotBeAnsweredAreRefusedNamingEach()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        await ledger.MemberAsync(source: "flyer-a");
        using var marketer = await TillClient.WithNewKeyAsync(service, "marketer", programId: "demo");

        foreach (var (query, parameter) in new[]
        {
            ("from=2026-04-01&to=2026-03-01", "from"),
            ("from=2026-03-01&to=2026-03-01", "from"),
            ("from=2026-02-30&to=2026-04-01", "from"),
            ("from=01/03/2026&to=2026-04-01", "from"),
            ("from=2026-03-01&to=tomorrow", "to"),
            ("from=2000-01-01&to=2026-04-01", "from"),
            ("from=0001-01-01&to=0001-02-01", "from"),
            ("from=2026-03-01&to=2026-04-01&store=harbour", "store"),
            ("from=2026-03-01&to=2026-04-01&tier=Platinum", "tier"),
            ("from=2026-03-01&to=2026-04-01&source=flyer-z", "source"),
            ("from=2026-03-01&to=2026-04-01&source=%3Cscript%3E", "source"),
        })
        {
            using var response = await marketer.GetAsync($"/api/v1/programs/demo/kpis?{query}");
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, query);
            Assert.Equal(Invalid, body.GetProperty("type").GetString());
            Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), query);
        }
        using var known = await marketer.GetAsync("/api/v1/programs/demo/kpis?from=2026-03-01&to=2026-04-01&source=flyer-a&store=station&tier=Gold");
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }
}
