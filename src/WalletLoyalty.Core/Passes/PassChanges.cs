using System.Data.Common;
using Dapper;
using Npgsql;
using WalletLoyalty.Data;

namespace WalletLoyalty.Passes;

/// <summary>
/// Marks passes as changed inside the caller's transaction: a new version, a new update tag, and a
/// Last-Modified second that strictly increases per pass. A tag sorts after every tag already committed;
/// on PostgreSQL tags of transactions running side by side may commit out of order, which readers allow
/// for through <see cref="IDatabase.PassTagsSeenSql"/>.
/// </summary>
public static class PassChanges
{
    private const string Bump = """
        UPDATE passes
        SET version = version + 1,
            update_tag = @tag,
            modified_at = CASE WHEN modified_at + 1 > @now THEN modified_at + 1 ELSE @now END
        """;

    public static async Task<long> NextTagAsync(DbConnection connection, DbTransaction transaction) =>
        await connection.ExecuteScalarAsync<long>(
            connection is NpgsqlConnection ? PostgresDatabase.NextPassTagSql : SqliteDatabase.NextPassTagSql, transaction: transaction);

    /// <summary>Bumps the member's loyalty cards (not their coupons); returns the ids of the passes changed.</summary>
    public static async Task<IReadOnlyList<long>> MarkMemberCardsChangedAsync(DbConnection connection, DbTransaction transaction, long memberId, DateTimeOffset now)
    {
        var tag = await NextTagAsync(connection, transaction);
        var ids = await connection.QueryAsync<long>(
            Bump + " WHERE member_id = @memberId AND kind = 'storeCard' AND voided = FALSE RETURNING id",
            new { tag, now = now.ToUnixTimeSeconds(), memberId }, transaction);
        return ids.AsList();
    }

    /// <summary>
    /// Voids the member's loyalty cards still in use (a new version, so the phones fetch the void), each keeping the codes
    /// printed on it; returns their ids.
    /// </summary>
    public static async Task<IReadOnlyList<long>> MarkMemberCardsVoidedAsync(DbConnection connection, DbTransaction transaction, long memberId, DateTimeOffset now)
    {
        var tag = await NextTagAsync(connection, transaction);
        var ids = await connection.QueryAsync<long>(
            Bump + """
            , voided = TRUE,
              voided_member_code = (SELECT m.member_code FROM members m WHERE m.id = passes.member_id),
              voided_member_number = (SELECT m.member_number FROM members m WHERE m.id = passes.member_id)
            WHERE member_id = @memberId AND kind = 'storeCard' AND voided = FALSE RETURNING id
            """,
            new { tag, now = now.ToUnixTimeSeconds(), memberId }, transaction);
        return ids.AsList();
    }

    /// <summary>
    /// Bumps the loyalty cards of the members a subquery selects (a campaign batch) under one update tag.
    /// The subquery is SQL written by the caller, never user input.
    /// </summary>
    public static async Task MarkCardsChangedAsync(DbConnection connection, DbTransaction transaction, string memberIdsSql, object memberParameters, DateTimeOffset now)
    {
        var tag = await NextTagAsync(connection, transaction);
        var parameters = new DynamicParameters(memberParameters);
        parameters.AddDynamicParams(new { tag, now = now.ToUnixTimeSeconds() });
        await connection.ExecuteAsync(
            Bump + $" WHERE member_id IN ({memberIdsSql}) AND kind = 'storeCard' AND voided = FALSE", parameters, transaction);
    }

    /// <summary>Bumps the passes of a coupon, voiding them when the coupon can no longer be used.</summary>
    public static async Task<IReadOnlyList<long>> MarkCouponPassesChangedAsync(DbConnection connection, DbTransaction transaction, long couponId, bool voided, DateTimeOffset now)
    {
        var tag = await NextTagAsync(connection, transaction);
        var ids = await connection.QueryAsync<long>(
            Bump + ", voided = @voided WHERE coupon_id = @couponId AND voided = FALSE RETURNING id",
            new { tag, now = now.ToUnixTimeSeconds(), couponId, voided }, transaction);
        return ids.AsList();
    }

    /// <summary>
    /// Bumps the passes of the coupons a subquery selects under one update tag, voiding them when the coupons can
    /// no longer be used; the subquery is SQL written by the caller, never input. Returns the ids of the passes changed.
    /// </summary>
    public static async Task<IReadOnlyList<long>> MarkCouponsPassesChangedAsync(
        DbConnection connection, DbTransaction transaction, string couponIdsSql, object couponParameters, bool voided, DateTimeOffset now)
    {
        var tag = await NextTagAsync(connection, transaction);
        var parameters = new DynamicParameters(couponParameters);
        parameters.AddDynamicParams(new { tag, now = now.ToUnixTimeSeconds(), voided });
        var ids = await connection.QueryAsync<long>(
            Bump + $", voided = @voided WHERE coupon_id IN ({couponIdsSql}) AND voided = FALSE RETURNING id", parameters, transaction);
        return ids.AsList();
    }
}
