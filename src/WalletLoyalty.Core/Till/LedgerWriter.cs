using System.Data.Common;
using Dapper;

namespace WalletLoyalty.Till;

/// <summary>Appends ledger entries; balances move with set-based updates that cannot go below zero.</summary>
public static class LedgerWriter
{
    /// <summary>Adds (or with a negative delta takes) points; null when the balance would go below zero.</summary>
    public static Task<long?> MoveBalanceAsync(DbConnection connection, DbTransaction transaction, long memberId, long delta, DateTimeOffset now) =>
        connection.QuerySingleOrDefaultAsync<long?>(
            """
            UPDATE members SET points_balance = points_balance + @delta, last_activity_at = @now
            WHERE id = @memberId AND points_balance + @delta >= 0
            RETURNING points_balance
            """,
            new { memberId, delta, now }, transaction);

    /// <summary>Takes expired points: as <see cref="MoveBalanceAsync"/>, but the member did nothing, so their last activity stays.</summary>
    public static Task<long?> TakeExpiredAsync(DbConnection connection, DbTransaction transaction, long memberId, long points) =>
        connection.QuerySingleOrDefaultAsync<long?>(
            """
            UPDATE members SET points_balance = points_balance - @points
            WHERE id = @memberId AND points_balance - @points >= 0
            RETURNING points_balance
            """,
            new { memberId, points }, transaction);

    public static Task<long> AppendAsync(DbConnection connection, DbTransaction transaction, LedgerEntry entry) =>
        connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO ledger_entries (program_id, member_id, kind, points, balance_after, amount_minor, currency, store_id,
                                        receipt_id, reward_id, coupon_id, reverses_entry_id, api_key_id, occurred_at, reason, categories)
            VALUES (@ProgramId, @MemberId, @Kind, @Points, @BalanceAfter, @AmountMinor, @Currency, @StoreId,
                    @ReceiptId, @RewardId, @CouponId, @ReversesEntryId, @ApiKeyId, @OccurredAt, @Reason, @Categories)
            RETURNING id
            """,
            entry, transaction);

}

public sealed record LedgerEntry
{
    public required string ProgramId { get; init; }
    public required long MemberId { get; init; }
    public required string Kind { get; init; }
    public required long Points { get; init; }
    public required long BalanceAfter { get; init; }
    public long? AmountMinor { get; init; }
    public string? Currency { get; init; }
    public string? StoreId { get; init; }
    public string? ReceiptId { get; init; }
    public string? RewardId { get; init; }
    public long? CouponId { get; init; }
    public long? ReversesEntryId { get; init; }
    public long? ApiKeyId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Why staff adjusted the balance; null for the till's own entries.</summary>
    public string? Reason { get; init; }

    /// <summary>A purchase's distinct product categories, separated by ';' (<see cref="PurchaseCategories"/>).</summary>
    public string? Categories { get; init; }
}
