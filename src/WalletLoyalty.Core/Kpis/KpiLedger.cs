using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Kpis;

/// <summary>The KPIs' reads beyond the members' purchases (<see cref="KpiMembers"/>). Each is one statement valid on both engines; the counting is done in <see cref="KpiCalculation"/>.</summary>
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

    /// <summary>Reward points credited, points redeemed and points expired in the set's period, and the points outstanding at its end.</summary>
    public static async Task<KpiCalculation.Extras> ExtrasAsync(DbConnection connection, Filter filter, KpiWindows set, Dictionary<long, MemberTally> members,
        CancellationToken cancellationToken)
    {
        var period = set.Spans[KpiWindows.Period];
        var moves = await connection.QueryAsync<(long MemberId, string Kind, long Points)>(new CommandDefinition(
            $"""
            SELECT e.member_id, e.kind, e.points FROM ledger_entries e
            WHERE e.program_id = @Program AND e.kind IN ('redeem', 'expire', {RewardKinds}) AND e.occurred_at >= @from AND e.occurred_at < @to{filter.StoreCondition("e")}
            """,
            new { filter.Program, filter.Store, from = Instant(period.Start), to = Instant(period.End) }, cancellationToken: cancellationToken));
        long rewarded = 0, redeemed = 0, expired = 0;
        foreach (var move in moves.Where(m => members.ContainsKey(m.MemberId)))
        {
            if (move.Kind == "redeem")
            {
                redeemed = checked(redeemed - move.Points);
            }
            else if (move.Kind == "expire")
            {
                expired = checked(expired - move.Points);
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
        return new(rewarded, redeemed, checked(balances - movedSince), expired);
    }

    public static DateTimeOffset Instant(long ticks) => new(ticks, TimeSpan.Zero);
}
