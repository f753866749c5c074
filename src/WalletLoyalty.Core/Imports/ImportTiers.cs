using System.Data.Common;
using Dapper;
using Npgsql;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Imports;

/// <summary>
/// Settles the members a purchase import credited, once each after its last batch: the tier from the points earned,
/// net of reversals, in the last 365 days (as the till does after each earn), and a new version of their cards so a
/// device fetching them sees the balance. No push: nothing enters the outbox.
/// </summary>
public static class ImportTiers
{
    /// <summary>Settles up to <paramref name="limit"/> of the import's remembered members in the caller's transaction; returns how many.</summary>
    public static async Task<int> SettleNextAsync(DbConnection connection, DbTransaction transaction, LoyaltyProgram program, long importId, int limit,
        DateTimeOffset now)
    {
        var memberIds = (await connection.QueryAsync<long>(
            "SELECT member_id FROM import_touched_members WHERE import_id = @importId ORDER BY member_id LIMIT @limit",
            new { importId, limit }, transaction)).AsList();
        if (memberIds.Count == 0)
        {
            return 0;
        }
        var ids = ImportLists.Of(connection, memberIds);
        // Locked on PostgreSQL, so a till's earn in between waits rather than writing a tier this one then overwrites.
        var lockRows = connection is NpgsqlConnection ? " FOR UPDATE" : "";
        var tiers = (await connection.QueryAsync<(long Id, string Tier)>(
            $"SELECT id, tier FROM members WHERE {ImportLists.In(connection, "id", "@ids")} AND erased_at IS NULL{lockRows}",
            new { ids }, transaction)).AsList();
        var earned = (await connection.QueryAsync<(long MemberId, long Points)>(
            $"""
            SELECT member_id, CAST(SUM(points) AS bigint) FROM ledger_entries
            WHERE {ImportLists.In(connection, "member_id", "@ids")} AND kind IN ('earn', 'reverse') AND occurred_at >= @since
            GROUP BY member_id
            """,
            new { ids, since = now.AddDays(-365) }, transaction)).ToDictionary(e => e.MemberId, e => e.Points);
        var changed = tiers
            .Select(m => (m.Id, Before: m.Tier, Tier: program.TierFor(earned.GetValueOrDefault(m.Id))))
            .Where(t => t.Tier != t.Before)
            .Select(t => (t.Id, t.Tier))
            .ToList();
        await new RowValues<(long Id, string Tier)>("tiered", changed)
            .Long("member_id", t => t.Id).Text("tier", t => t.Tier)
            .ExecuteAsync(connection, transaction, "UPDATE members SET tier = tiered.tier FROM tiered WHERE members.id = tiered.member_id");
        await PassChanges.MarkCardsChangedAsync(connection, transaction, $"SELECT id FROM members WHERE {ImportLists.In(connection, "id", "@ids")}",
            new { ids }, now);
        await connection.ExecuteAsync(
            $"DELETE FROM import_touched_members WHERE import_id = @importId AND {ImportLists.In(connection, "member_id", "@ids")}",
            new { importId, ids }, transaction);
        return memberIds.Count;
    }
}
