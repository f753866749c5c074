using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Tests.Kpis;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>Segments from purchase data: a category bought, an amount spent and a number of purchases, in the last days, on hand-made ledgers.</summary>
[Trait("Category", "Database")]
public sealed class PurchaseSegmentTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = HandMadeLedger.Local("2026-11-30 12:00");
    private readonly FakeTimeProvider _time = new(Now);
    private ServiceHost _service = null!;
    private HandMadeLedger _ledger = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync(settings =>
        {
            CampaignTemplates.Use(settings);
            settings["Push:DispatcherEnabled"] = "false";
        }, services: s => s.AddSingleton<TimeProvider>(_time));
        _ledger = new HandMadeLedger(_service);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task<IReadOnlyList<long>> SelectAsync(PurchaseSegment segment, DateTimeOffset now)
    {
        var query = AudienceQuery.Build(_ledger.Program, new AudienceFilter { Purchases = segment }, now);
        await using var connection = await _service.Database().OpenAsync();
        return [.. await connection.QueryAsync<long>("SELECT m.id " + query.From + " ORDER BY m.id", query.Parameters)];
    }

    /// <summary>Five shoppers of the bakery, each buying at noon on days before 30 November.</summary>
    private async Task<(long Regular, long Nearly, long Refunded, long Lapsing, long Nobody)> BakeryAsync()
    {
        var regular = await _ledger.MemberAsync();
        var nearly = await _ledger.MemberAsync();
        var refunded = await _ledger.MemberAsync();
        var lapsing = await _ledger.MemberAsync();
        var nobody = await _ledger.MemberAsync();
        foreach (var day in new[] { "03", "12", "27" })
        {
            await _ledger.PurchaseAsync(regular, $"2026-11-{day} 12:00", 450, categories: "coffee;croissant");
        }
        await _ledger.PurchaseAsync(nearly, "2026-11-05 12:00", 500, categories: "croissant");
        await _ledger.PurchaseAsync(nearly, "2026-11-15 12:00", 500, categories: "almond croissant;tea");
        await _ledger.PurchaseAsync(nearly, "2026-11-25 12:00", 500, categories: "croissant;croissant-box");
        await _ledger.PurchaseAsync(refunded, "2026-11-10 12:00", 600, categories: "croissant");
        var returned = await _ledger.PurchaseAsync(refunded, "2026-11-11 12:00", 600, categories: "croissant");
        await _ledger.PurchaseAsync(refunded, "2026-11-20 12:00", 600, categories: "croissant");
        await _ledger.RefundAsync(returned, "2026-11-12 09:00");
        await _ledger.PurchaseAsync(lapsing, "2026-10-20 12:00", 400, categories: "croissant");
        await _ledger.PurchaseAsync(lapsing, "2026-11-08 12:00", 400, categories: "croissant");
        await _ledger.PurchaseAsync(lapsing, "2026-11-18 12:00", 400, categories: "croissant");
        await _ledger.EntryAsync(nobody, "bonus", 100, "2026-11-20 12:00");
        await _ledger.EntryAsync(nobody, "import", 300, "2026-11-21 12:00");
        return (regular, nearly, refunded, lapsing, nobody);
    }

    [Fact]
    public async Task AMemberWhoBoughtTheSameCategoryThreeTimesInTheLastDaysGetsTheOffer()
    {
        var (regular, _, _, lapsing, _) = await BakeryAsync();

        Assert.Equal([regular], await SelectAsync(new PurchaseSegment { Days = 30, Category = "croissant", MinPurchases = 3 }, Now));
        Assert.Equal([regular, lapsing], await SelectAsync(new PurchaseSegment { Days = 60, Category = "croissant", MinPurchases = 3 }, Now));
    }

    [Fact]
    public async Task ACategoryMatchesAWholeCategoryOfThePurchaseNotPartOfOne()
    {
        var (regular, nearly, refunded, lapsing, _) = await BakeryAsync();

        Assert.Equal([regular, nearly, refunded, lapsing], await SelectAsync(new PurchaseSegment { Days = 30, Category = "croissant" }, Now));
        Assert.Equal([nearly], await SelectAsync(new PurchaseSegment { Days = 30, Category = "almond croissant" }, Now));
        Assert.Equal([nearly], await SelectAsync(new PurchaseSegment { Days = 30, Category = " croissant-box " }, Now));
        Assert.Equal([regular], await SelectAsync(new PurchaseSegment { Days = 30, Category = "coffee" }, Now));
        Assert.Empty(await SelectAsync(new PurchaseSegment { Days = 30, Category = "croissan" }, Now));
        Assert.Empty(await SelectAsync(new PurchaseSegment { Days = 30, Category = "Croissant" }, Now));
        Assert.Empty(await SelectAsync(new PurchaseSegment { Days = 30, Category = "%" }, Now));
    }

    [Fact]
    public async Task SpendAndPurchasesCountOnlyPurchasesThatWereNotRefunded()
    {
        var (regular, nearly, refunded, lapsing, _) = await BakeryAsync();

        // In 30 days: regular 3 × 450, nearly 3 × 500, refunded 2 × 600 (the third refunded), lapsing 2 × 400.
        Assert.Equal([regular, nearly], await SelectAsync(new PurchaseSegment { Days = 30, MinPurchases = 3 }, Now));
        Assert.Equal([regular, nearly, refunded, lapsing], await SelectAsync(new PurchaseSegment { Days = 30, MinPurchases = 2 }, Now));
        Assert.Equal([regular, nearly], await SelectAsync(new PurchaseSegment { Days = 30, MinSpentMinor = 1300 }, Now));
        Assert.Equal([regular, nearly, refunded], await SelectAsync(new PurchaseSegment { Days = 30, MinSpentMinor = 1200 }, Now));
        // With a category, only the purchases naming it count: nearly's almond croissant and tea is not one of them.
        Assert.Equal([regular, nearly], await SelectAsync(new PurchaseSegment { Days = 30, MinSpentMinor = 1250 }, Now));
        Assert.Equal([regular], await SelectAsync(new PurchaseSegment { Days = 30, MinSpentMinor = 1250, Category = "croissant" }, Now));
        Assert.Equal([regular, lapsing], await SelectAsync(new PurchaseSegment { Days = 60, MinSpentMinor = 1200, MinPurchases = 3, Category = "croissant" }, Now));
    }

    [Fact]
    public async Task ThePurchasesAreThoseOfTheLastDaysUpToTheMinute()
    {
        var edge = await _ledger.MemberAsync();
        await _ledger.PurchaseAsync(edge, "2026-10-31 12:00", 1000, categories: "cake");
        var counter = new AudienceCounter(_service.Database(), _time);
        var audience = new AudienceFilter { Purchases = new PurchaseSegment { Days = 30, Category = "cake" } };

        var atTheEdge = await counter.CountAsync(_ledger.Program, audience, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var aMinuteLater = await counter.CountAsync(_ledger.Program, audience, CancellationToken.None);
        var aLongerWindow = await counter.CountAsync(_ledger.Program, audience with { Purchases = audience.Purchases with { Days = 31 } }, CancellationToken.None);

        Assert.Equal(1, atTheEdge.Count);
        Assert.Equal(0, aMinuteLater.Count);
        Assert.Equal(1, aLongerWindow.Count);
    }

    [Fact]
    public async Task ABadSegmentIsRefusedWithEachProblemNamed()
    {
        using var marketer = await CampaignClient.ForAsync(_service);
        var audience = new { purchases = new { days = 731, category = "bread;cake", minPurchases = 0, minSpentMinor = 0 } };

        var (response, problem) = await marketer.Http.PostJsonAsync("/api/v1/campaigns/audience-count", new { programId = "demo", audience });
        var (noDays, noDaysProblem) = await marketer.Http.PostJsonAsync("/api/v1/campaigns/audience-count",
            new { programId = "demo", audience = new { purchases = new { category = " " } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("https://walletloyalty.dev/problems/invalid", problem.GetProperty("type").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal(["audience.purchases.category", "audience.purchases.days", "audience.purchases.minPurchases", "audience.purchases.minSpentMinor"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("between 1 and 730", errors.GetProperty("audience.purchases.days")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noDays.StatusCode);
        Assert.Equal(["audience.purchases.category", "audience.purchases.days"],
            noDaysProblem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ACampaignKeepsItsSegmentAndTheLiveCountUsesIt()
    {
        await BakeryAsync();
        using var marketer = await CampaignClient.ForAsync(_service);
        var body = CampaignClient.Once(Now.AddDays(1));
        var segment = new { days = 60, category = "croissant", minPurchases = 3, minSpentMinor = 1200 };
        body["audience"] = new { purchases = segment };

        var created = await marketer.CreateAsync(body);
        var (response, count) = await marketer.Http.PostJsonAsync("/api/v1/campaigns/audience-count", new { programId = "demo", audience = new { purchases = segment } });

        var stored = created.GetProperty("audience").GetProperty("purchases");
        Assert.Equal((60, "croissant", 3, 1200L), (stored.GetProperty("days").GetInt32(), stored.GetProperty("category").GetString(),
            stored.GetProperty("minPurchases").GetInt32(), stored.GetProperty("minSpentMinor").GetInt64()));
        Assert.Equal(JsonValueKind.Null, (await marketer.CreateAsync(CampaignClient.Once(Now.AddDays(1)))).GetProperty("audience").GetProperty("purchases").ValueKind);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, count.GetProperty("count").GetInt64()); // regular and lapsing
    }
}
