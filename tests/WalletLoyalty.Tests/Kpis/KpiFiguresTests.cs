using WalletLoyalty.Kpis;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Kpis;

/// <summary>Every KPI of docs/kpis.md on ledgers made by hand, with the answers worked out beside them (Kpis:ActiveDays 90).</summary>
[Trait("Category", "Database")]
public sealed class KpiFiguresTests
{
    /// <summary>
    /// March 2026 in Berlin, and February's 31 days before it. A bought before, during and a year ago; B's second purchase
    /// was refunded; C bought in December and again after the period; D never bought; E bought twice in one category;
    /// F bought only in February 2025.
    /// </summary>
    [Fact]
    public async Task EveryFigureOfAPeriodAndThePeriodBeforeMatchesTheLedger()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var (a, b, c, d, e, f) = (await ledger.MemberAsync(), await ledger.MemberAsync(), await ledger.MemberAsync(),
            await ledger.MemberAsync(), await ledger.MemberAsync(), await ledger.MemberAsync());
        await ledger.PurchaseAsync(a, "2025-03-15 10:00", 900);
        await ledger.PurchaseAsync(a, "2026-01-10 10:00", 1000);
        await ledger.PurchaseAsync(a, "2026-03-05 10:00", 2000, categories: "bread");
        await ledger.PurchaseAsync(a, "2026-03-20 10:00", 3000, categories: "coffee");
        await ledger.EntryAsync(a, "redeem", -30, "2026-03-25 10:00");
        await ledger.PurchaseAsync(b, "2026-03-10 10:00", 500, categories: "bread;cake");
        await ledger.RefundAsync(await ledger.PurchaseAsync(b, "2026-03-11 10:00", 700), "2026-03-12 10:00");
        await ledger.PurchaseAsync(c, "2025-12-20 10:00", 4000);
        await ledger.PurchaseAsync(c, "2026-05-01 10:00", 1000);
        await ledger.PurchaseAsync(e, "2026-03-15 10:00", 1500, categories: "bread");
        await ledger.PurchaseAsync(e, "2026-03-16 10:00", 2500, categories: "bread");
        await ledger.EntryAsync(e, "bonus", 5, "2026-03-16 11:00", store: null);
        await ledger.PurchaseAsync(f, "2025-02-01 10:00", 800);
        await ledger.EntryAsync(d, "import", 0, "2026-03-02 10:00", store: null);

        var kpis = await ledger.KpisAsync("2026-03-01", "2026-04-01");

        // In March: A twice (5000), B once (500; the refunded 700 is no purchase), E twice (4000).
        Assert.Equal((3, 5, 9500, 2), (kpis.Customers, kpis.Purchases, kpis.NetAmountMinor, kpis.RepeatCustomers));
        Assert.Equal(2.0 / 3, kpis.RepeatPurchaseRate);
        Assert.Equal(5.0 / 3, kpis.PurchaseFrequency);
        Assert.Equal(1900, kpis.AverageOrderValueMinor);
        // Active on 1 March (a purchase since 1 December): A and C. On 1 April (since 1 January): A, B, E. New in March: B and E.
        Assert.Equal((2, 3, 2), (kpis.CustomersAtStart, kpis.CustomersAtEnd, kpis.NewCustomers));
        Assert.Equal(0.5, kpis.RetentionRate);
        Assert.Equal(0.5, kpis.ChurnRate);
        // The year to 1 April: A, B, C, E spent 14 500; active on 1 April 2025: A and F; new in the year: B, C, E.
        // Yearly retention (3 − 3) / 2 = 0, so churn 1 and a lifespan of one year: 14 500 / 4 × 1.
        Assert.Equal(1.0, kpis.YearlyChurnRate);
        Assert.Equal(1.0, kpis.ExpectedLifespanYears);
        Assert.Equal(3625, kpis.LifetimeValueMinor);
        // Since joining: 6 900 + 500 + 4 000 + 4 000 + 800 over six members.
        Assert.Equal(2700, kpis.HistoricalValueMinor);
        // Categorised in March: A (bread, coffee), B (bread and cake in one purchase), E (bread only).
        Assert.Equal((3, 2), (kpis.CategorisedCustomers, kpis.UpsellCustomers));
        Assert.Equal(2.0 / 3, kpis.UpsellRate);
        // Earned: 20 + 30 + 5 + 15 + 25 for purchases and E's bonus of 5; redeemed: A's 30.
        Assert.Equal((100, 30), (kpis.PointsEarned, kpis.PointsRedeemed));
        Assert.Equal(0.3, kpis.RedemptionRate);
        // On 1 April: A 39, B 5, C 40, E 45, F 8. The cheapest reward is the coffee, 30 points for 320: 137 × 320 / 30, rounded down.
        Assert.Equal(137, kpis.PointsLiability);
        Assert.Equal(1461, kpis.PointsLiabilityValueMinor);
        Assert.Empty(kpis.Funnel);
        Assert.Equal([new("Bronze", 6), new("Silver", 0), new("Gold", 0)], kpis.TierDistribution);
        Assert.Equal(new NpsFigures(null, 0, null), kpis.Nps); // nobody answered the survey

        var previous = kpis.Previous!;
        Assert.Equal((new DateOnly(2026, 1, 29), new DateOnly(2026, 3, 1)), (previous.From, previous.To));
        // Nobody bought from 29 January to 1 March: every rate over customers or purchases is null, not a division by zero.
        Assert.Equal((0, 0, 0), (previous.Customers, previous.Purchases, previous.NetAmountMinor));
        Assert.Null(previous.RepeatPurchaseRate);
        Assert.Null(previous.PurchaseFrequency);
        Assert.Null(previous.AverageOrderValueMinor);
        Assert.Null(previous.UpsellRate);
        Assert.Null(previous.RedemptionRate);
        // Active on 29 January and on 1 March: A and C; nobody new. Retention 1, churn 0.
        Assert.Equal((2, 2, 0), (previous.CustomersAtStart, previous.CustomersAtEnd, previous.NewCustomers));
        Assert.Equal(1.0, previous.RetentionRate);
        Assert.Equal(0.0, previous.ChurnRate);
        // The year to 1 March: A (1 900) and C (4 000); active on 1 March 2025: F; new: A and C. Churn 1: 5 900 / 2.
        Assert.Equal(2950, previous.LifetimeValueMinor);
        Assert.Equal(1117, previous.HistoricalValueMinor); // 6 700 / 6, rounded
        Assert.Equal(67, previous.PointsLiability); // A 19, C 40, F 8
        Assert.Null(previous.Previous);
    }

    [Fact]
    public async Task AProgramWhoseMembersNeverBoughtHasNullRatesAndZeroCounts()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        await ledger.MemberAsync();
        await ledger.MemberAsync(tier: "Gold");

        var kpis = await ledger.KpisAsync("2026-03-01", "2026-04-01");

        foreach (var figures in new[] { kpis, kpis.Previous! })
        {
            Assert.Equal((0, 0, 0, 0, 0, 0), (figures.Customers, figures.Purchases, figures.NetAmountMinor, figures.CustomersAtStart, figures.CustomersAtEnd, figures.NewCustomers));
            Assert.All(new[] { figures.RetentionRate, figures.ChurnRate, figures.RepeatPurchaseRate, figures.PurchaseFrequency, figures.YearlyChurnRate,
                figures.ExpectedLifespanYears, figures.UpsellRate, figures.RedemptionRate }, Assert.Null);
            Assert.Null(figures.AverageOrderValueMinor);
            Assert.Null(figures.LifetimeValueMinor);
            Assert.Equal(0, figures.HistoricalValueMinor); // two members, nothing spent
            Assert.Equal((0, 0L), (figures.PointsLiability, figures.PointsLiabilityValueMinor!.Value));
        }
        Assert.Equal([new("Bronze", 1), new("Silver", 0), new("Gold", 1)], kpis.TierDistribution);
    }

    [Fact]
    public async Task WithoutCustomersAtTheStartOfTheYearThereIsNoLifetimeValueAndWithoutChurnTheLifespanIsTenYears()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var (a, b) = (await ledger.MemberAsync(), await ledger.MemberAsync());
        await ledger.PurchaseAsync(a, "2026-03-10 10:00", 1200);

        var alone = await ledger.KpisAsync("2026-03-01", "2026-04-01");
        Assert.Null(alone.YearlyChurnRate);
        Assert.Null(alone.LifetimeValueMinor);

        // Both active a year before 1 April and again at its end, nobody new: churn 0, so the cap of ten years.
        await ledger.PurchaseAsync(a, "2025-03-20 10:00", 100);
        await ledger.PurchaseAsync(b, "2025-03-21 10:00", 100);
        await ledger.PurchaseAsync(b, "2026-02-01 10:00", 700);

        var kept = await ledger.KpisAsync("2026-03-01", "2026-04-01");
        Assert.Equal(0.0, kept.YearlyChurnRate);
        Assert.Equal(10.0, kept.ExpectedLifespanYears);
        Assert.Equal((1200 + 700) / 2 * 10, kept.LifetimeValueMinor);
    }
}
