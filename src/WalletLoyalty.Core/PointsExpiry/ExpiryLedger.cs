using System.Data.Common;
using Dapper;

namespace WalletLoyalty.PointsExpiry;

/// <summary>
/// First in, first out, read from the ledger alone: every debit (redeem, reverse, negative adjust, expire) uses the
/// oldest credits first, so of the credits booked by an instant, what is left is their sum less every debit so far.
/// Nothing is stored besides the ledger, so a sweep that ran once finds nothing due the second time.
/// </summary>
public static class ExpiryLedger
{
    /// <summary>
    /// A condition on members <c>m</c>: credits booked by @creditedBy exceed every debit, i.e. some of them are left.
    /// </summary>
    public const string HasPointsCreditedBy = """
        (SELECT COALESCE(SUM(c.points), 0) FROM ledger_entries c WHERE c.member_id = m.id AND c.points > 0 AND c.occurred_at <= @creditedBy)
        > (SELECT COALESCE(-SUM(d.points), 0) FROM ledger_entries d WHERE d.member_id = m.id AND d.points < 0)
        """;

    /// <summary>The member's points left of the credits booked by that instant: what expires when those credits are due.</summary>
    public static async Task<long> LeftOfCreditsByAsync(DbConnection connection, DbTransaction? transaction, long memberId, DateTimeOffset creditedBy)
    {
        var (credited, debited) = await connection.QuerySingleAsync<(long, long)>(
            """
            SELECT CAST(COALESCE(SUM(CASE WHEN points > 0 AND occurred_at <= @creditedBy THEN points ELSE 0 END), 0) AS bigint),
                   CAST(COALESCE(-SUM(CASE WHEN points < 0 THEN points ELSE 0 END), 0) AS bigint)
            FROM ledger_entries WHERE member_id = @memberId
            """,
            new { memberId, creditedBy }, transaction);
        return Math.Max(0, checked(credited - debited));
    }

    /// <summary>The credits not yet used up, oldest first, each with what is left of it (at most <paramref name="limit"/>).</summary>
    public static async Task<IReadOnlyList<(DateTimeOffset CreditedAt, long Left)>> CreditsLeftAsync(DbConnection connection, DbTransaction? transaction, long memberId, int limit)
    {
        var debited = await connection.ExecuteScalarAsync<long>(
            "SELECT CAST(COALESCE(-SUM(points), 0) AS bigint) FROM ledger_entries WHERE member_id = @memberId AND points < 0", new { memberId }, transaction);
        var credits = await connection.QueryAsync<(DateTimeOffset CreditedAt, long Points, long Running)>(
            """
            SELECT occurred_at, points, running FROM (
                SELECT occurred_at, points, CAST(SUM(points) OVER (ORDER BY occurred_at, id) AS bigint) AS running
                FROM ledger_entries WHERE member_id = @memberId AND points > 0) credits
            WHERE running > @debited
            ORDER BY running
            LIMIT @limit
            """,
            new { memberId, debited, limit }, transaction);
        return credits.Select(c => (c.CreditedAt, Math.Min(c.Points, c.Running - debited))).ToList();
    }
}
