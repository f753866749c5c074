using System.Data.Common;
using Dapper;

namespace WalletLoyalty.Passes;

/// <summary>
/// Marks passes as changed inside the caller's transaction: a new version, a new update tag that
/// sorts after every earlier one, and a Last-Modified second that strictly increases per pass.
/// </summary>
public static class PassChanges
{
    public static async Task<long> NextTagAsync(DbConnection connection, DbTransaction transaction) =>
        await connection.ExecuteScalarAsync<long>(
            "UPDATE counters SET value = value + 1 WHERE name = 'pass_update_tag' RETURNING value", transaction: transaction);

    /// <summary>Bumps every pass of the member; returns the ids of the passes changed.</summary>
    public static async Task<IReadOnlyList<long>> MarkMemberChangedAsync(DbConnection connection, DbTransaction transaction, long memberId, DateTimeOffset now)
    {
        var tag = await NextTagAsync(connection, transaction);
        var ids = await connection.QueryAsync<long>(
            """
            UPDATE passes
            SET version = version + 1,
                update_tag = @tag,
                modified_at = CASE WHEN modified_at + 1 > @now THEN modified_at + 1 ELSE @now END
            WHERE member_id = @memberId AND voided = 0
            RETURNING id
            """,
            new { tag, now = now.ToUnixTimeSeconds(), memberId },
            transaction);
        return ids.AsList();
    }
}
