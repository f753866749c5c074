using WalletLoyalty.Kpis;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Kpis;

/// <summary>The retention grid by join month on a hand-made ledger in Europe/Berlin.</summary>
[Trait("Category", "Database")]
public sealed class KpiCohortTests
{
    [Fact]
    public async Task EachCellIsTheShareOfItsJoinMonthWhoBoughtThatMonthCountingAMemberOnceAndARefundAsNoPurchase()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        await SeedAsync(ledger);

        var grid = await ledger.CohortsAsync("2026-01-01", "2026-04-01", now: "2026-03-15 12:00");

        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 1)), (grid.From, grid.To));
        Assert.Equal(["2026-01-01 3: 0 1/3, 1 2/3, 2 0/3", "2026-02-01 1: 0 0/1, 1 1/1", "2026-03-01 1: 0 1/1"], grid.Cohorts.Select(Describe));
        Assert.Equal(2.0 / 3, grid.Cohorts[0].Months[1].Share);
        Assert.Equal(new DateOnly(2026, 3, 1), grid.Cohorts[0].Months[2].Month);
    }

    [Fact]
    public async Task MonthsThatHaveNotBegunHaveNoCellsAndAMonthWithoutMembersHasNoShare()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        await SeedAsync(ledger);

        var inFebruary = await ledger.CohortsAsync("2026-01-01", "2026-04-01", now: "2026-02-15 12:00");
        var withEmptyMonth = await ledger.CohortsAsync("2025-11-01", "2026-02-01", now: "2026-03-15 12:00");

        Assert.Equal(["2026-01-01 3: 0 1/3, 1 2/3", "2026-02-01 1: 0 0/1"], inFebruary.Cohorts.Select(Describe));
        Assert.Equal(["2025-11-01 0: 0 0/0, 1 0/0, 2 0/0", "2025-12-01 1: 0 1/1, 1 0/1", "2026-01-01 3: 0 1/3"], withEmptyMonth.Cohorts.Select(Describe));
        Assert.Null(withEmptyMonth.Cohorts[0].Months[0].Share);
    }

    [Fact]
    public async Task TheSourceFilterKeepsTheMembersWhoJoinedThroughIt()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var flyer = await ledger.MemberAsync("2026-01-05 10:00", source: "flyer-a");
        await ledger.MemberAsync("2026-01-06 10:00");
        await ledger.PurchaseAsync(flyer, "2026-01-07 10:00", 100);

        var grid = await ledger.CohortsAsync("2026-01-01", "2026-02-01", now: "2026-01-20 12:00", source: "flyer-a");

        Assert.Equal(["2026-01-01 1: 0 1/1"], grid.Cohorts.Select(Describe));
    }

    /// <summary>January: three members (one joined at 23:30 on the 31st, 22:30 UTC); February one; March one (00:30 on the 1st, still February in UTC); December one.</summary>
    private static async Task SeedAsync(HandMadeLedger ledger)
    {
        var december = await ledger.MemberAsync("2025-12-10 10:00");
        var early = await ledger.MemberAsync("2026-01-05 10:00");
        var late = await ledger.MemberAsync("2026-01-31 23:30");
        await ledger.MemberAsync("2026-01-20 10:00"); // never buys
        var february = await ledger.MemberAsync("2026-02-10 10:00");
        var march = await ledger.MemberAsync("2026-03-01 00:30");
        await ledger.PurchaseAsync(december, "2025-12-11 10:00", 100);
        await ledger.PurchaseAsync(early, "2026-01-10 10:00", 100);
        await ledger.PurchaseAsync(early, "2026-02-15 10:00", 100);
        await ledger.PurchaseAsync(early, "2026-02-20 10:00", 100); // twice in February counts once
        await ledger.PurchaseAsync(late, "2026-02-01 00:30", 100); // 23:30 UTC on 31 January
        var refunded = await ledger.PurchaseAsync(late, "2026-03-05 10:00", 100);
        await ledger.RefundAsync(refunded, "2026-03-06 10:00");
        await ledger.PurchaseAsync(february, "2026-03-02 10:00", 100);
        await ledger.PurchaseAsync(march, "2026-03-10 10:00", 100);
    }

    private static string Describe(Cohort c) =>
        $"{c.JoinMonth:yyyy-MM-dd} {c.Members}: {string.Join(", ", c.Months.Select(m => $"{m.MonthsSinceJoining} {m.Customers}/{c.Members}"))}";
}
