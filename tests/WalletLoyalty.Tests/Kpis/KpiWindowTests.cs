using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Kpis;

/// <summary>Local dates in the program's zone (Europe/Berlin) bound the periods, on the nights the clocks change too; and each filter narrows what it names.</summary>
[Trait("Category", "Database")]
public sealed class KpiWindowTests
{
    [Fact]
    public async Task APurchaseJustAfterLocalMidnightFollowingAClockChangeBelongsToThatDay()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var member = await ledger.MemberAsync();
        // Summer time began on 29 March 2026 at 02:00 and ended on 25 October at 03:00.
        await ledger.PurchaseAsync(member, "2026-03-29 23:30", 100);
        await ledger.PurchaseAsync(member, "2026-03-30 00:30", 200);
        await ledger.PurchaseAsync(member, "2026-10-25 23:30", 400);
        await ledger.PurchaseAsync(member, "2026-10-26 00:30", 800);

        var spring = await ledger.KpisAsync("2026-03-30", "2026-03-31");
        var autumn = await ledger.KpisAsync("2026-10-26", "2026-10-27");

        Assert.Equal(200, spring.NetAmountMinor);
        Assert.Equal(100, spring.Previous!.NetAmountMinor); // 29 March, the period of one day before
        Assert.Equal(800, autumn.NetAmountMinor);
        Assert.Equal(400, autumn.Previous!.NetAmountMinor);
    }

    [Fact]
    public async Task TheStoreFilterCountsPurchasesThereAndTheSourceAndTierFiltersCountTheirMembers()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var silver = await ledger.MemberAsync(source: "flyer-a", tier: "Silver");
        var fromB = await ledger.MemberAsync(source: "flyer-b");
        var walkIn = await ledger.MemberAsync();
        await ledger.PurchaseAsync(silver, "2026-03-02 10:00", 1000, store: "maple-street");
        await ledger.PurchaseAsync(silver, "2026-03-03 10:00", 2000, store: "station");
        await ledger.PurchaseAsync(fromB, "2026-03-04 10:00", 500, store: "station");
        await ledger.PurchaseAsync(walkIn, "2026-03-05 10:00", 300, store: "maple-street");

        var all = await ledger.KpisAsync("2026-03-01", "2026-04-01");
        var station = await ledger.KpisAsync("2026-03-01", "2026-04-01", store: "station");
        var flagship = await ledger.KpisAsync("2026-03-01", "2026-04-01", store: "maple-street");
        var flyerA = await ledger.KpisAsync("2026-03-01", "2026-04-01", source: "flyer-a");
        var bronze = await ledger.KpisAsync("2026-03-01", "2026-04-01", tier: "Bronze");

        Assert.Equal((3, 4, 3800), (all.Customers, all.Purchases, all.NetAmountMinor));
        Assert.Equal((2, 2, 2500), (station.Customers, station.Purchases, station.NetAmountMinor));
        Assert.Equal((2, 2, 1300), (flagship.Customers, flagship.Purchases, flagship.NetAmountMinor));
        Assert.Equal((1, 2, 3000), (flyerA.Customers, flyerA.Purchases, flyerA.NetAmountMinor));
        Assert.Equal(1.0, flyerA.RepeatPurchaseRate);
        Assert.Equal((2, 2, 800), (bronze.Customers, bronze.Purchases, bronze.NetAmountMinor));
        // Points belong to the member, not to a store: the store narrows no balance; source and tier do.
        Assert.Equal((38, 38, 30, 8), (all.PointsLiability, station.PointsLiability, flyerA.PointsLiability, bronze.PointsLiability));
        Assert.Equal([new("Bronze", 0), new("Silver", 1), new("Gold", 0)], flyerA.TierDistribution);
        Assert.Equal([new("Bronze", 2), new("Silver", 0), new("Gold", 0)], bronze.TierDistribution);
    }

    [Fact]
    public async Task TheFunnelFollowsEachSourcesMembersJoinedInThePeriodToInstallFirstPurchaseRepeatAndRevenue()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var loyal = await ledger.MemberAsync("2026-03-02 09:00", "flyer-a");
        await ledger.InstallAsync(loyal, "2026-03-02 09:01");
        await ledger.PurchaseAsync(loyal, "2026-03-03 10:00", 1000);
        await ledger.PurchaseAsync(loyal, "2026-03-20 10:00", 2000);
        var late = await ledger.MemberAsync("2026-03-05 09:00", "flyer-a");
        await ledger.PurchaseAsync(late, "2026-04-10 10:00", 5000); // after the period
        var idle = await ledger.MemberAsync("2026-03-06 09:00", "flyer-b");
        await ledger.InstallAsync(idle, "2026-04-05 09:00"); // after the period
        var refunded = await ledger.MemberAsync("2026-03-07 09:00");
        await ledger.RefundAsync(await ledger.PurchaseAsync(refunded, "2026-03-08 10:00", 500), "2026-03-08 11:00");
        var earlier = await ledger.MemberAsync("2025-06-01 09:00", "flyer-a");
        await ledger.InstallAsync(earlier, "2025-06-01 09:01");
        await ledger.PurchaseAsync(earlier, "2026-03-10 10:00", 700);

        var kpis = await ledger.KpisAsync("2026-03-01", "2026-04-01");

        Assert.Equal(
        [
            new(null, 1, 0, 0, 0, 0),
            new("flyer-a", 2, 1, 1, 1, 3000),
            new("flyer-b", 1, 0, 0, 0, 0),
        ], kpis.Funnel);
        Assert.Empty(kpis.Previous!.Funnel); // nobody joined from 29 January to 1 March
    }
}
