using WalletLoyalty.Programs;

namespace WalletLoyalty.Kpis;

/// <summary>Turns the members' tallies of one set of windows into the figures, exactly as docs/kpis.md defines them.</summary>
public static class KpiCalculation
{
    public const double MaxLifespanYears = 10;

    /// <summary>What the ledger adds beyond purchases for one set: reward points credited, points redeemed, points outstanding at its end, points expired.</summary>
    public sealed record Extras(long PointsRewarded, long PointsRedeemed, long PointsLiability, long PointsExpired = 0);

    public static KpiFigures Figures(LoyaltyProgram program, int set, KpiWindows windows, IReadOnlyCollection<MemberTally> members, Extras extras)
    {
        var period = windows.Spans[KpiWindows.Period];
        var year = windows.Spans[KpiWindows.Year];
        long customers = 0, purchases = 0, net = 0, repeat = 0, atStart = 0, atEnd = 0, gained = 0;
        long yearCustomers = 0, yearNet = 0, yearAtStart = 0, yearGained = 0, categorised = 0, upsell = 0, points = 0;
        long joinedMembers = 0, joinedSpend = 0;
        foreach (var m in members)
        {
            var bought = m.Purchases(set, KpiWindows.Period);
            customers += bought > 0 ? 1 : 0;
            repeat += bought >= 2 ? 1 : 0;
            purchases += bought;
            net = checked(net + m.Amount(set, KpiWindows.Period));
            points = checked(points + m.PointsEarned(set));
            atStart += m.Purchases(set, KpiWindows.ActiveAtFrom) > 0 ? 1 : 0;
            atEnd += m.Purchases(set, KpiWindows.ActiveAtTo) > 0 ? 1 : 0;
            gained += period.Contains(m.FirstPurchase) ? 1 : 0;
            yearCustomers += m.Purchases(set, KpiWindows.Year) > 0 ? 1 : 0;
            yearNet = checked(yearNet + m.Amount(set, KpiWindows.Year));
            yearAtStart += m.Purchases(set, KpiWindows.ActiveAtYearStart) > 0 ? 1 : 0;
            yearGained += year.Contains(m.FirstPurchase) ? 1 : 0;
            var categories = m.Categories(set);
            categorised += categories.Any ? 1 : 0;
            upsell += categories.Several ? 1 : 0;
            if (m.JoinedTicks < period.End)
            {
                joinedMembers++;
                joinedSpend = checked(joinedSpend + m.Amount(set, KpiWindows.History));
            }
        }
        var retention = Ratio(atEnd - gained, atStart);
        var yearlyChurn = 1 - Ratio(atEnd - yearGained, yearAtStart);
        double? lifespan = yearlyChurn is not { } churn ? null : churn <= 0 ? MaxLifespanYears : Math.Min(MaxLifespanYears, 1 / churn);
        var earned = checked(points + extras.PointsRewarded);
        return new KpiFigures
        {
            From = windows.Query.From, To = windows.Query.To,
            Store = windows.Query.Store, Source = windows.Query.Source, Tier = windows.Query.Tier,
            Customers = customers, Purchases = purchases, NetAmountMinor = net, RepeatCustomers = repeat,
            CustomersAtStart = atStart, CustomersAtEnd = atEnd, NewCustomers = gained,
            RetentionRate = retention, ChurnRate = 1 - retention,
            RepeatPurchaseRate = Ratio(repeat, customers), PurchaseFrequency = Ratio(purchases, customers),
            AverageOrderValueMinor = Minor(net, purchases),
            YearlyChurnRate = yearlyChurn, ExpectedLifespanYears = lifespan,
            LifetimeValueMinor = yearCustomers == 0 || lifespan is null ? null : Round((decimal)yearNet / yearCustomers * (decimal)lifespan.Value),
            HistoricalValueMinor = Minor(joinedSpend, joinedMembers),
            CategorisedCustomers = categorised, UpsellCustomers = upsell, UpsellRate = Ratio(upsell, categorised),
            PointsEarned = earned, PointsRedeemed = extras.PointsRedeemed, RedemptionRate = Ratio(extras.PointsRedeemed, earned),
            PointsExpired = extras.PointsExpired,
            PointsLiability = extras.PointsLiability, PointsLiabilityValueMinor = LiabilityValue(program, extras.PointsLiability),
            Funnel = Funnel(set, windows, members),
            TierDistribution = Tiers(program, period.End, members),
        };
    }

    /// <summary>Outstanding points valued at the rate of the cheapest reward (fewest points) that has a value, rounded down.</summary>
    public static long? LiabilityValue(LoyaltyProgram program, long points) =>
        program.Template.Rewards.Where(r => r.ValueMinor is not null && r.Points > 0).OrderBy(r => r.Points).ThenBy(r => r.ValueMinor).FirstOrDefault() is { } cheapest
            ? (long)Math.Floor((decimal)points * cheapest.ValueMinor!.Value / cheapest.Points)
            : null;

    private static IReadOnlyList<SourceFunnel> Funnel(int set, KpiWindows windows, IReadOnlyCollection<MemberTally> members)
    {
        var period = windows.Spans[KpiWindows.Period];
        return members
            .Where(m => period.Contains(m.JoinedTicks))
            .GroupBy(m => m.Source)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SourceFunnel(
                g.Key,
                g.LongCount(),
                g.LongCount(m => m.FirstInstall < period.End),
                g.LongCount(m => m.Purchases(set, KpiWindows.History) >= 1),
                g.LongCount(m => m.Purchases(set, KpiWindows.History) >= 2),
                g.Sum(m => m.Amount(set, KpiWindows.History))))
            .ToList();
    }

    private static IReadOnlyList<TierMembers> Tiers(LoyaltyProgram program, long end, IReadOnlyCollection<MemberTally> members)
    {
        var counts = members.Where(m => m.JoinedTicks < end).GroupBy(m => m.Tier).ToDictionary(g => g.Key, g => g.LongCount());
        var named = program.Template.Tiers.OrderBy(t => t.MinPoints).Select(t => t.Name).ToList();
        return named.Concat(counts.Keys.Where(k => !named.Contains(k)).Order(StringComparer.Ordinal))
            .Select(tier => new TierMembers(tier, counts.GetValueOrDefault(tier)))
            .ToList();
    }

    private static double? Ratio(long numerator, long denominator) => denominator == 0 ? null : (double)numerator / denominator;

    private static long? Minor(long amount, long count) => count == 0 ? null : Round((decimal)amount / count);

    private static long Round(decimal value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);
}
