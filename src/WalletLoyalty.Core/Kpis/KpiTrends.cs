using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Kpis;

/// <summary>What a marketer asks the trends for: local dates widened to whole weeks or months, narrowed like the KPIs.</summary>
public sealed record KpiTrendQuery(DateOnly From, DateOnly To, KpiInterval Interval, string? Store = null, string? Source = null, string? Tier = null);

/// <summary>One week or month: from its first day (inclusive) to the next bucket's (exclusive).</summary>
public sealed record TrendBucket(DateOnly Start, DateOnly End, long Purchases, long Customers, long NetAmountMinor, long? AverageOrderValueMinor);

public sealed record KpiTrends(DateOnly From, DateOnly To, string Interval, string? Store, string? Source, string? Tier, IReadOnlyList<TrendBucket> Buckets);

/// <summary>Purchases, customers, net amount and average order value per local week or month, every bucket counted in one pass over the ledger.</summary>
public sealed class KpiTrendReport(IDatabase database)
{
    public async Task<KpiTrends> ComputeAsync(LoyaltyProgram program, KpiTrendQuery query, CancellationToken cancellationToken)
    {
        var buckets = KpiBuckets.Covering(query.From, query.To, query.Interval, program.TimeZone);
        var tallies = Enumerable.Range(0, buckets.Count).Select(_ => new PurchaseTally()).ToArray();
        var filter = new KpiLedger.Filter(program.Id, query.Store, query.Source, query.Tier);
        await KpiPurchases.ForEachAsync(database, filter, buckets.Span, purchase =>
        {
            if (buckets.IndexOf(purchase.Ticks) is var index and >= 0)
            {
                tallies[index].Add(purchase);
            }
        }, cancellationToken);
        var rows = tallies.Select((t, i) => new TrendBucket(buckets.Days[i], buckets.Days[i + 1], t.Purchases, t.Customers, t.NetAmountMinor, t.AverageOrderValueMinor));
        return new(buckets.Days[0], buckets.Days[^1], query.Interval == KpiInterval.Week ? "week" : "month", query.Store, query.Source, query.Tier, [.. rows]);
    }
}
