using WalletLoyalty.Kpis;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Kpis;

/// <summary>Trends on hand-made ledgers in Europe/Berlin, where summer time began on Sunday 29 March 2026 and ended on Sunday 25 October.</summary>
[Trait("Category", "Database")]
public sealed class KpiTrendTests
{
    [Fact]
    public async Task WeeksRunFromMondayToMondayAtLocalMidnightAcrossAClockChangeWithRefundsLeftOutAndEmptyWeeksKept()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var (alex, billie) = (await ledger.MemberAsync(), await ledger.MemberAsync());
        await ledger.PurchaseAsync(billie, "2026-03-15 23:30", 9999); // the Sunday before the first week
        await ledger.PurchaseAsync(alex, "2026-03-16 00:30", 1000);
        await ledger.PurchaseAsync(alex, "2026-03-22 23:30", 2000);
        await ledger.PurchaseAsync(alex, "2026-03-25 12:00", 1500);
        await ledger.PurchaseAsync(billie, "2026-03-29 23:30", 500); // the last hour of the short week, 21:30 UTC
        await ledger.PurchaseAsync(billie, "2026-03-30 00:30", 700); // 22:30 UTC on the Sunday, but Monday in Berlin
        var refunded = await ledger.PurchaseAsync(alex, "2026-03-31 10:00", 3000);
        await ledger.RefundAsync(refunded, "2026-04-01 09:00");
        await ledger.PurchaseAsync(billie, "2026-04-13 00:30", 8888); // the Monday after the last week

        // Wednesday 18 March to Wednesday 8 April (exclusive) widens to the weeks from Monday 16 March to Monday 13 April.
        var trends = await ledger.TrendsAsync("2026-03-18", "2026-04-08", KpiInterval.Week);

        Assert.Equal((new DateOnly(2026, 3, 16), new DateOnly(2026, 4, 13), "week"), (trends.From, trends.To, trends.Interval));
        Assert.Equal(
            [
                new TrendBucket(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 23), 2, 1, 3000, 1500),
                new TrendBucket(new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 30), 2, 2, 2000, 1000),
                new TrendBucket(new DateOnly(2026, 3, 30), new DateOnly(2026, 4, 6), 1, 1, 700, 700),
                new TrendBucket(new DateOnly(2026, 4, 6), new DateOnly(2026, 4, 13), 0, 0, 0, null),
            ],
            trends.Buckets);
    }

    [Fact]
    public async Task MonthsAreCalendarMonthsAtLocalMidnightAndTheAutumnClockChangeKeepsItsLastHourInOctober()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var member = await ledger.MemberAsync();
        await ledger.PurchaseAsync(member, "2026-08-31 23:30", 50);
        await ledger.PurchaseAsync(member, "2026-09-01 00:30", 100);
        await ledger.PurchaseAsync(member, "2026-10-25 02:30", 201); // an hour that happens twice that night
        await ledger.PurchaseAsync(member, "2026-10-31 23:30", 400); // 22:30 UTC
        await ledger.PurchaseAsync(member, "2026-11-01 00:30", 800); // 23:30 UTC on 31 October, but November in Berlin
        await ledger.PurchaseAsync(member, "2026-12-01 00:30", 1600);

        var trends = await ledger.TrendsAsync("2026-09-10", "2026-11-02", KpiInterval.Month);

        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 1), "month"), (trends.From, trends.To, trends.Interval));
        Assert.Equal(
            [
                new TrendBucket(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1), 1, 1, 100, 100),
                new TrendBucket(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), 2, 1, 601, 301),
                new TrendBucket(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), 1, 1, 800, 800),
            ],
            trends.Buckets);
    }

    [Fact]
    public async Task TheStoreSourceAndTierFiltersNarrowTheTrendsAsTheyNarrowTheKpis()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var silver = await ledger.MemberAsync(source: "flyer-a", tier: "Silver");
        var bronze = await ledger.MemberAsync(source: "flyer-b");
        await ledger.PurchaseAsync(silver, "2026-03-02 10:00", 1000, store: "maple-street");
        await ledger.PurchaseAsync(silver, "2026-03-03 10:00", 2000, store: "station");
        await ledger.PurchaseAsync(bronze, "2026-03-04 10:00", 500, store: "station");

        var atStation = await ledger.TrendsAsync("2026-03-02", "2026-03-09", KpiInterval.Week, store: "station");
        var fromFlyerB = await ledger.TrendsAsync("2026-03-02", "2026-03-09", KpiInterval.Week, source: "flyer-b");
        var silverTier = await ledger.TrendsAsync("2026-03-02", "2026-03-09", KpiInterval.Week, tier: "Silver");

        Assert.Equal((2L, 2L, 2500L), (atStation.Buckets[0].Purchases, atStation.Buckets[0].Customers, atStation.Buckets[0].NetAmountMinor));
        Assert.Equal((1L, 500L), (fromFlyerB.Buckets[0].Purchases, fromFlyerB.Buckets[0].NetAmountMinor));
        Assert.Equal((2L, 3000L), (silverTier.Buckets[0].Purchases, silverTier.Buckets[0].NetAmountMinor));
    }

    [Fact]
    public void ADateFallsInTheWeekOfTheMondayOnOrBeforeIt()
    {
        Assert.Equal(new DateOnly(2026, 3, 23), KpiBuckets.StartOf(new DateOnly(2026, 3, 29), KpiInterval.Week)); // Sunday
        Assert.Equal(new DateOnly(2026, 3, 30), KpiBuckets.StartOf(new DateOnly(2026, 3, 30), KpiInterval.Week)); // Monday
        Assert.Equal(new DateOnly(2026, 2, 1), KpiBuckets.StartOf(new DateOnly(2026, 2, 28), KpiInterval.Month));
    }

    [Fact]
    public void TheWeekOfAClockChangeIsAnHourShorterAndEveryInstantFindsItsWeek()
    {
        var weeks = KpiBuckets.Covering(new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 30), KpiInterval.Week, HandMadeLedger.Berlin);

        Assert.Equal(1, weeks.Count);
        Assert.Equal(TimeSpan.FromHours(7 * 24 - 1), TimeSpan.FromTicks(weeks.Span.End - weeks.Span.Start));
        Assert.Equal(0, weeks.IndexOf(DateTimeOffset.Parse("2026-03-29T21:59:59Z").UtcTicks));
        Assert.Equal(-1, weeks.IndexOf(DateTimeOffset.Parse("2026-03-29T22:00:00Z").UtcTicks));
        Assert.Equal(-1, weeks.IndexOf(DateTimeOffset.Parse("2026-03-22T22:59:59Z").UtcTicks));
    }
}
