using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Kpis;

/// <summary>A period of local dates, to exclusive, narrowed to the members of a flyer source or a tier.</summary>
public sealed record KpiTableQuery(DateOnly From, DateOnly To, string? Source = null, string? Tier = null);

/// <summary>The purchases of one store in the period (a null id: purchases not credited at a store, as some imports are).</summary>
public sealed record StoreFigures(string? Store, string? Name, long Purchases, long Customers, long NetAmountMinor, long? AverageOrderValueMinor);

public sealed record KpiStores(DateOnly From, DateOnly To, string? Source, string? Tier, IReadOnlyList<StoreFigures> Stores);

/// <summary>The stores compared over a period, all counted in one pass over the ledger.</summary>
public sealed class KpiStoreReport(IDatabase database)
{
    public async Task<KpiStores> ComputeAsync(LoyaltyProgram program, KpiTableQuery query, CancellationToken cancellationToken)
    {
        var span = new KpiSpan(LocalMidnight.Of(query.From, program.TimeZone).UtcTicks, LocalMidnight.Of(query.To, program.TimeZone).UtcTicks);
        var tallies = new Dictionary<string, PurchaseTally>(StringComparer.Ordinal);
        var unassigned = new PurchaseTally();
        var filter = new KpiLedger.Filter(program.Id, null, query.Source, query.Tier);
        await KpiPurchases.ForEachAsync(database, filter, span, purchase =>
        {
            var tally = purchase.StoreId is null ? unassigned : tallies.TryGetValue(purchase.StoreId, out var found) ? found : tallies[purchase.StoreId] = new();
            tally.Add(purchase);
        }, cancellationToken);
        var named = program.Template.Stores.Select(s => s.Id).ToList();
        var ids = named.Concat(tallies.Keys.Where(k => !named.Contains(k)).Order(StringComparer.Ordinal));
        var rows = ids.Select(id => Row(id, program.Store(id)?.Name, tallies.GetValueOrDefault(id) ?? new PurchaseTally())).ToList();
        if (unassigned.Purchases > 0)
        {
            rows.Add(Row(null, null, unassigned));
        }
        return new(query.From, query.To, query.Source, query.Tier, rows);
    }

    private static StoreFigures Row(string? id, string? name, PurchaseTally t) =>
        new(id, name, t.Purchases, t.Customers, t.NetAmountMinor, t.AverageOrderValueMinor);
}
