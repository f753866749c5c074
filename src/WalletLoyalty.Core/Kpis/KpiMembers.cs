using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Kpis;

/// <summary>
/// The members the KPIs count, each with their purchases counted into every window from their purchase digest
/// (V0023): one row per member instead of one per purchase. The members are read in two halves at once on two
/// connections: both engines serve readers in parallel.
/// </summary>
public static class KpiMembers
{
    public static async Task<Dictionary<long, MemberTally>> ReadAsync(IDatabase database, KpiLedger.Filter filter, IReadOnlyList<KpiWindows> sets,
        CancellationToken cancellationToken)
    {
        var halves = await Task.WhenAll(
            ReadHalfAsync(database, filter, sets, 0, cancellationToken),
            ReadHalfAsync(database, filter, sets, 1, cancellationToken));
        var members = new Dictionary<long, MemberTally>(halves[0].Count + halves[1].Count);
        foreach (var member in halves.SelectMany(h => h))
        {
            members.Add(member.Id, member);
        }
        return members;
    }

    private static async Task<List<MemberTally>> ReadHalfAsync(IDatabase database, KpiLedger.Filter filter, IReadOnlyList<KpiWindows> sets, int half,
        CancellationToken cancellationToken)
    {
        var end = sets.Max(s => s.Spans[KpiWindows.History].End);
        var members = new List<MemberTally>();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"""
            SELECT m.id, m.source, m.tier, m.joined_at, m.points_balance, m.purchase_digest FROM members m
            WHERE m.program_id = @Program AND m.id % 2 = @half{filter.MemberConditions("m")}
            """,
            new { filter.Program, filter.Source, filter.Tier, half }, cancellationToken: cancellationToken));
        while (await reader.ReadAsync(cancellationToken))
        {
            var member = new MemberTally(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), Ticks(reader, 3),
                reader.GetInt64(4), sets.Count);
            PurchaseDigest.AddTo(member, reader.GetString(5), sets, filter.Store, end);
            members.Add(member);
        }
        return members;
    }

    private static long Ticks(DbDataReader reader, int column) =>
        reader.GetFieldType(column) == typeof(string)
            ? InstantColumn.Ticks(reader.GetString(column))
            : DateTime.SpecifyKind(reader.GetDateTime(column), DateTimeKind.Utc).Ticks;
}
