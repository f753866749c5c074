using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Kpis;

/// <summary>A purchase as the dashboard's tables count it: who, where, when (UTC ticks) and its amount.</summary>
public readonly record struct KpiPurchase(long MemberId, string? StoreId, long Ticks, long AmountMinor);

/// <summary>
/// Reads the purchases of a span once through the covering index of V0021, leaving out refunded ones
/// (docs/kpis.md, Counting). Every dashboard table counts what it needs from this one pass.
/// </summary>
public static class KpiPurchases
{
    public static async Task ForEachAsync(IDatabase database, KpiLedger.Filter filter, KpiSpan span, Action<KpiPurchase> count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var refunded = await RefundedAsync(connection, filter, cancellationToken);
        var join = filter.Source is null && filter.Tier is null ? "" : " JOIN members m ON m.id = e.member_id";
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"""
            SELECT e.id, e.member_id, e.store_id, e.occurred_at, e.amount_minor
            FROM ledger_entries e{join}
            WHERE e.program_id = @Program AND e.kind = 'earn' AND e.occurred_at >= @from AND e.occurred_at < @to{filter.StoreCondition("e")}{filter.MemberConditions("m")}
            """,
            new { filter.Program, filter.Store, filter.Source, filter.Tier, from = Instant(span.Start), to = Instant(span.End) },
            cancellationToken: cancellationToken));
        var text = reader.GetFieldType(3) == typeof(string);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (refunded.Contains(reader.GetInt64(0)))
            {
                continue;
            }
            var ticks = text ? InstantColumn.Ticks(reader.GetString(3)) : DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc).Ticks;
            count(new KpiPurchase(reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2), ticks, reader.IsDBNull(4) ? 0 : reader.GetInt64(4)));
        }
    }

    public static DateTimeOffset Instant(long ticks) => new(ticks, TimeSpan.Zero);

    /// <summary>The earn entries a refund reversed (wholly or in part): none of them counts as a purchase.</summary>
    private static async Task<HashSet<long>> RefundedAsync(DbConnection connection, KpiLedger.Filter filter, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT reverses_entry_id FROM ledger_entries WHERE program_id = @Program AND kind = 'reverse' AND reverses_entry_id IS NOT NULL",
            filter, cancellationToken: cancellationToken))).ToHashSet();
}

/// <summary>Purchases, distinct customers and net amount of one group of purchases (a bucket, a store).</summary>
public sealed class PurchaseTally
{
    private readonly HashSet<long> _customers = [];

    public long Purchases { get; private set; }
    public long NetAmountMinor { get; private set; }
    public long Customers => _customers.Count;

    /// <summary>Net amount ÷ purchases, rounded half away from zero; null without purchases.</summary>
    public long? AverageOrderValueMinor =>
        Purchases == 0 ? null : (long)Math.Round((decimal)NetAmountMinor / Purchases, MidpointRounding.AwayFromZero);

    public void Add(KpiPurchase purchase)
    {
        Purchases++;
        NetAmountMinor = checked(NetAmountMinor + purchase.AmountMinor);
        _customers.Add(purchase.MemberId);
    }
}
