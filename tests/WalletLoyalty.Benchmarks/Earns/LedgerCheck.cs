using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Benchmarks.Earns;

/// <summary>
/// Exactness after a run: every acknowledged earn is one ledger row with the points the till was told, no receipt
/// is booked twice, and the members' balances add up to the ledger. Requests that got no answer (a client timeout)
/// may or may not have been booked, so they bound the difference rather than break the check.
/// </summary>
public sealed record LedgerCheck(long Sent, long Acknowledged, long PointsAcknowledged, long Rows, long Receipts, long Points, long Balances)
{
    public long Unanswered => Sent - Acknowledged;

    public bool Exact => Rows == Acknowledged && Points == PointsAcknowledged && Receipts == Rows && Balances == Points;

    /// <summary>Exact, or off only by earns booked whose answer the client no longer waited for.</summary>
    public bool Consistent => Exact
        || (Rows >= Acknowledged && Rows - Acknowledged <= Unanswered && Points >= PointsAcknowledged && Receipts == Rows && Balances == Points);

    public string Verdict => Exact
        ? "exact"
        : Consistent
            ? $"every acknowledged earn booked once; {Rows - Acknowledged:N0} more booked of the {Unanswered:N0} the client gave up on"
            : "**NOT exact**";

    public static async Task<LedgerCheck> ReadAsync(IDatabase database, TillEarns earns)
    {
        await using var connection = await database.OpenAsync();
        // PostgreSQL sums bigints as numeric; the casts keep one type on both engines.
        var ledger = await connection.QuerySingleAsync<(long Rows, long Receipts, long Points)>(
            "SELECT COUNT(*), COUNT(DISTINCT receipt_id), CAST(COALESCE(SUM(points), 0) AS BIGINT) FROM ledger_entries WHERE kind = 'earn'");
        var balances = await connection.ExecuteScalarAsync<long>("SELECT CAST(COALESCE(SUM(points_balance), 0) AS BIGINT) FROM members");
        return new LedgerCheck(earns.Sent, earns.Acknowledged, earns.PointsAcknowledged, ledger.Rows, ledger.Receipts, ledger.Points, balances);
    }
}
