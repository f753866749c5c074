using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Kpis;

/// <summary>The KPIs' reads. Each is one statement valid on both engines; the counting is done in <see cref="KpiCalculation"/>.</summary>
public static class KpiLedger
{
    /// <summary>The program, and the store of the purchase, the flyer source the member joined through and their current tier (each optional).</summary>
    public sealed record Filter(string Program, string? Store, string? Source, string? Tier)
    {
        public string MemberConditions(string alias) =>
            (Source is null ? "" : $" AND {alias}.source = @Source") + (Tier is null ? "" : $" AND {alias}.tier = @Tier");

        public string StoreCondition(string alias) => Store is null ? "" : $" AND {alias}.store_id = @Store";
    }

    /// <summary>Every kind of V0014's ledger CHECK: the index answers a list of kinds, not "any kind".</summary>
    private const string AllKinds = "'earn', 'redeem', 'reverse', 'adjust', 'import', 'survey', 'bonus', 'referral', 'expire'";

    /// <summary>Points credited for something other than a purchase (the opening balance of an import is not earned).</summary>
    private const string RewardKinds = "'survey', 'bonus', 'referral'";

    public static async Task<Dictionary<long, MemberTally>> MembersAsync(DbConnection connection, Filter filter, int sets, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(long Id, string? Source, string Tier, DateTimeOffset JoinedAt, long Balance)>(new CommandDefinition(
            $"SELECT m.id, m.source, m.tier, m.joined_at, m.points_balance FROM members m WHERE m.program_id = @Program{filter.MemberConditions("m")}",
            filter, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Id, r => new MemberTally(r.Id, r.Source, r.Tier, r.JoinedAt.UtcTicks, r.Balance, sets));
    }

    /// <summary>When each member's store card was first added to a wallet.</summary>
    public static async Task AddInstallsAsync(DbConnection connection, Filter filter, Dictionary<long, MemberTally> members, CancellationToken cancellationToken)
    {
        var installs = await connection.QueryAsync<(long MemberId, DateTimeOffset First)>(new CommandDefinition(
            """
            SELECT p.member_id, MIN(w.occurred_at) FROM wallet_events w JOIN passes p ON p.id = w.pass_id
            WHERE w.program_id = @Program AND w.kind = 'install' AND p.kind = 'storeCard'
            GROUP BY p.member_id
            """, filter, cancellationToken: cancellationToken));
        foreach (var (memberId, first) in installs)
        {
            if (members.TryGetValue(memberId, out var member))
            {
                member.FirstInstall = first.UtcTicks;
            }
        }
    }

    /// <summary>The earn entries a refund reversed (wholly or in part): none of them counts as a purchase.</summary>
    public static async Task<HashSet<long>> RefundedAsync(DbConnection connection, Filter filter, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT reverses_entry_id FROM ledger_entries WHERE program_id = @Program AND kind = 'reverse' AND reverses_entry_id IS NOT NULL",
            filter, cancellationToken: cancellationToken))).ToHashSet();

    /// <summary>
    /// Every purchase before the end of the latest set, read once in time order and counted into each member's windows.
    /// The two halves of the time from the first purchase are read at once on two connections and their counts added:
    /// reading is most of the work, and both engines serve readers in parallel.
    /// </summary>
    public static async Task AddPurchasesAsync(IDatabase database, Filter filter, IReadOnlyList<KpiWindows> sets, Dictionary<long, MemberTally> members,
        HashSet<long> refunded, CancellationToken cancellationToken)
    {
        var end = sets.Max(s => s.Spans[KpiWindows.History].End);
        long first;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            var earliest = await connection.ExecuteScalarAsync<DateTimeOffset?>(new CommandDefinition(
                $"SELECT MIN(e.occurred_at) FROM ledger_entries e WHERE e.program_id = @Program AND e.kind = 'earn'{filter.StoreCondition("e")}",
                filter, cancellationToken: cancellationToken));
            if (earliest is not { } found || found.UtcTicks >= end)
            {
                return;
            }
            first = found.UtcTicks;
        }
        var split = first + (end - first) / 2;
        var later = members.ToDictionary(m => m.Key, m => m.Value.Blank());
        await Task.WhenAll(
            ReadAsync(database, filter, sets, new KpiSpan(first, split), members, refunded, cancellationToken),
            ReadAsync(database, filter, sets, new KpiSpan(split, end), later, refunded, cancellationToken));
        foreach (var (id, member) in members)
        {
            member.Merge(later[id]);
        }
    }

    private static async Task ReadAsync(IDatabase database, Filter filter, IReadOnlyList<KpiWindows> sets, KpiSpan part, Dictionary<long, MemberTally> members,
        HashSet<long> refunded, CancellationToken cancellationToken)
    {
        var categoriesFrom = sets.Min(s => s.Spans[KpiWindows.Period].Start);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"""
            SELECT e.id, e.member_id, e.occurred_at, e.amount_minor, e.points, CASE WHEN e.occurred_at >= @categoriesFrom THEN e.categories END
            FROM ledger_entries e
            WHERE e.program_id = @Program AND e.kind = 'earn' AND e.occurred_at >= @from AND e.occurred_at < @to{filter.StoreCondition("e")}
            """,
            new { filter.Program, filter.Store, from = Instant(part.Start), to = Instant(part.End), categoriesFrom = Instant(categoriesFrom) },
            cancellationToken: cancellationToken));
        var text = reader.GetFieldType(2) == typeof(string);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!members.TryGetValue(reader.GetInt64(1), out var member) || refunded.Contains(reader.GetInt64(0)))
            {
                continue;
            }
            var ticks = text ? InstantColumn.Ticks(reader.GetString(2)) : DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc).Ticks;
            member.Add(sets, ticks, reader.IsDBNull(3) ? 0 : reader.GetInt64(3), reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetString(5));
        }
    }

    /// <summary>Reward points credited and points redeemed in the set's period, and the points outstanding at its end.</summary>
    public static async Task<KpiCalculation.Extras> ExtrasAsync(DbConnection connection, Filter filter, KpiWindows set, Dictionary<long, MemberTally> members,
        CancellationToken cancellationToken)
    {
        var period = set.Spans[KpiWindows.Period];
        var moves = await connection.QueryAsync<(long MemberId, string Kind, long Points)>(new CommandDefinition(
            $"""
            SELECT e.member_id, e.kind, e.points FROM ledger_entries e
            WHERE e.program_id = @Program AND e.kind IN ('redeem', {RewardKinds}) AND e.occurred_at >= @from AND e.occurred_at < @to{filter.StoreCondition("e")}
            """,
            new { filter.Program, filter.Store, from = Instant(period.Start), to = Instant(period.End) }, cancellationToken: cancellationToken));
        long rewarded = 0, redeemed = 0;
        foreach (var move in moves.Where(m => members.ContainsKey(m.MemberId)))
        {
            if (move.Kind == "redeem")
            {
                redeemed = checked(redeemed - move.Points);
            }
            else
            {
                rewarded = checked(rewarded + move.Points);
            }
        }
        // The balance at the end is today's balance less what moved since; points belong to the member, not to a store.
        var join = filter.Source is null && filter.Tier is null ? "" : " JOIN members m ON m.id = e.member_id";
        var movedSince = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"""
            SELECT CAST(COALESCE(SUM(e.points), 0) AS bigint) FROM ledger_entries e{join}
            WHERE e.program_id = @Program AND e.kind IN ({AllKinds}) AND e.occurred_at >= @end{filter.MemberConditions("m")}
            """,
            new { filter.Program, filter.Source, filter.Tier, end = Instant(period.End) }, cancellationToken: cancellationToken));
        var balances = members.Values.Sum(m => m.Balance);
        return new(rewarded, redeemed, checked(balances - movedSince));
    }

    private static DateTimeOffset Instant(long ticks) => new(ticks, TimeSpan.Zero);
}
