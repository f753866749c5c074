using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Kpis;

namespace WalletLoyalty.Tests.Kpis;

/// <summary>
/// The full recomputation the purchase digests are checked against: every member, and every earn entry of the ledger
/// read row by row, reversed receipts left out, counted into the same tallies.
/// </summary>
public static class LedgerScan
{
    public static async Task<Dictionary<long, MemberTally>> MembersAsync(IDatabase database, KpiLedger.Filter filter, IReadOnlyList<KpiWindows> sets)
    {
        await using var connection = await database.OpenAsync();
        var members = (await connection.QueryAsync<(long Id, string? Source, string Tier, DateTimeOffset JoinedAt, long Balance)>(
                $"SELECT m.id, m.source, m.tier, m.joined_at, m.points_balance FROM members m WHERE m.program_id = @Program{filter.MemberConditions("m")}", filter))
            .ToDictionary(r => r.Id, r => new MemberTally(r.Id, r.Source, r.Tier, r.JoinedAt.UtcTicks, r.Balance, sets.Count));
        var reversed = (await connection.QueryAsync<long>(
            "SELECT reverses_entry_id FROM ledger_entries WHERE program_id = @Program AND kind = 'reverse' AND reverses_entry_id IS NOT NULL", filter)).ToHashSet();
        var end = KpiLedger.Instant(sets.Max(s => s.Spans[KpiWindows.History].End));
        var purchases = await connection.QueryAsync<(long Id, long MemberId, DateTimeOffset At, long? Amount, long Points, string? Categories)>(
            $"""
            SELECT e.id, e.member_id, e.occurred_at, e.amount_minor, e.points, e.categories FROM ledger_entries e
            WHERE e.program_id = @Program AND e.kind = 'earn' AND e.occurred_at < @end{filter.StoreCondition("e")}
            """, new { filter.Program, filter.Store, end });
        foreach (var p in purchases.Where(p => !reversed.Contains(p.Id)))
        {
            if (members.TryGetValue(p.MemberId, out var member))
            {
                member.Add(sets, p.At.UtcTicks, p.Amount ?? 0, p.Points, p.Categories);
            }
        }
        return members;
    }
}
