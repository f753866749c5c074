using System.Data.Common;
using Dapper;

namespace WalletLoyalty.Passes;

/// <summary>
/// Marks passes as changed inside the caller's transaction: a new version, a new update tag that
/// sorts after every earlier one, and a Last-Modified second that strictly increases per pass.
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
            "UPDATE counters SET value = value + 1 WHERE name = 'pass_update_tag' RETURNING value", transaction: transaction);

    /// <summary>Bumps the member's loyalty cards (not their coupons); returns the ids of the passes changed.</summary>
    public static async Task<IReadOnlyList<long>> MarkMemberCardsChangedAsync(DbConnection connection, DbTransaction transaction, long memberId, DateTimeOffset now)
    {
        var tag = await NextTagAsync(connection, transaction);
        var ids = await connection.QueryAsync<long>(
            Bump + " WHERE member_id = @memberId AND kind = 'storeCard' AND voided = 0 RETURNING id",
            new { tag, now = now.ToUnixTimeSeconds(), memberId }, transaction);
        return ids.AsList();
    }

    /// <summary>Bumps the loyalty cards of many members under one update tag (a campaign batch); returns the ids of the passes changed.</summary>
    public static async Task<IReadOnlyList<long>> MarkMembersCardsChangedAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<long> memberIds, DateTimeOffset now)
    {
        if (memberIds.Count == 0)
        {
            return [];
        }
        var tag = await NextTagAsync(connection, transaction);
        var ids = await connection.QueryAsync<long>(
            Bump + " WHERE member_id IN @memberIds AND kind = 'storeCard' AND voided = 0 RETURNING id",
            new { tag, now = now.ToUnixTimeSeconds(), memberIds }, transaction);
        return ids.AsList();
    }

    /// <summary>Bumps the passes of a coupon, voiding them when the coupon can no longer be used.</summary>
    public static async Task<IReadOnlyList<long>> MarkCouponPassesChangedAsync(DbConnection connection, DbTransaction transaction, long couponId, bool voided, DateTimeOffset now)
    {
        var tag = await NextTagAsync(connection, transaction);
        var ids = await connection.QueryAsync<long>(
            Bump + ", voided = @voided WHERE coupon_id = @couponId AND voided = 0 RETURNING id",
            new { tag, now = now.ToUnixTimeSeconds(), couponId, voided }, transaction);
        return ids.AsList();
    }
}
