using Dapper;

namespace WalletLoyalty.Cli.Storage;

/// <summary>
/// Compares the target, inside the copy's transaction, with the source's snapshot: rows per table, the sum of
/// members' balances, and each member's balance by id.
/// </summary>
public class CopyVerifier
{
    public virtual async Task<CopyReport> VerifyAsync(CopySession session)
    {
        var counts = new List<TableCount>();
        foreach (var table in session.Tables)
        {
            var target = await session.Target.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {Identifiers.Quote(table.Target)}", transaction: session.Transaction);
            var added = table.Target == KeyRingFiles.Table ? session.KeyFilesImported : 0;
            counts.Add(new TableCount(table.Target, await session.Source.CountAsync(table.Source), target, added));
        }
        const string Balances = "SELECT id, points_balance FROM members ORDER BY id";
        var source = (await session.Source.Connection.QueryAsync<(long Id, long Points)>(Balances, transaction: session.Source.Snapshot)).ToDictionary(m => m.Id, m => m.Points);
        var copied = (await session.Target.QueryAsync<(long Id, long Points)>(Balances, transaction: session.Transaction)).ToDictionary(m => m.Id, m => m.Points);
        var differing = source.Keys.Union(copied.Keys)
            .Where(id => !source.TryGetValue(id, out var before) || !copied.TryGetValue(id, out var after) || before != after)
            .Order()
            .ToList();
        const string Points = "SELECT COALESCE(SUM(points_balance), 0) FROM members";
        var sourcePoints = await session.Source.Connection.ExecuteScalarAsync<long>(Points, transaction: session.Source.Snapshot);
        var targetPoints = await session.Target.ExecuteScalarAsync<long>(Points, transaction: session.Transaction);
        return new CopyReport(counts, sourcePoints, targetPoints, source.Count, differing);
    }
}
