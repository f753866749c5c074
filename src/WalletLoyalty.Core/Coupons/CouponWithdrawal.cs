using Dapper;
using WalletLoyalty.Audit;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;

namespace WalletLoyalty.Coupons;

public enum WithdrawalOutcome { Withdrawn, AlreadyWithdrawn, AlreadyRedeemed, NotFound }

/// <summary>
/// Takes back a coupon that was given by mistake: it can no longer be redeemed, and its pass is voided on the
/// phone (Apple) and made inactive (Google) by the pushes written in the same transaction.
/// </summary>
public sealed class CouponWithdrawal(IDatabase database, PassUpdates updates, TimeProvider time)
{
    public const string Action = "coupon.withdrawn";

    public async Task<(WithdrawalOutcome Outcome, Coupon? Coupon)> WithdrawAsync(
        string programId, long memberId, long couponId, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var withdrawn = await connection.ExecuteAsync(
            "UPDATE coupons SET status = 'void' WHERE id = @couponId AND member_id = @memberId AND program_id = @programId AND status = 'active'",
            new { couponId, memberId, programId }, transaction);
        var coupon = await connection.QuerySingleOrDefaultAsync<Coupon>(
            $"SELECT {Coupon.Columns} FROM coupons WHERE id = @couponId AND member_id = @memberId AND program_id = @programId",
            new { couponId, memberId, programId }, transaction);
        if (withdrawn == 0)
        {
            return (coupon?.Status switch
            {
                null => WithdrawalOutcome.NotFound,
                "redeemed" => WithdrawalOutcome.AlreadyRedeemed,
                _ => WithdrawalOutcome.AlreadyWithdrawn,
            }, coupon);
        }
        await updates.CouponChangedAsync(connection, transaction, couponId, voided: true, now);
        await AuditTrail.RecordAsync(connection, transaction, actor, Action, $"coupon {couponId} of member {memberId}", programId, now);
        await transaction.CommitAsync(cancellationToken);
        updates.Committed();
        return (WithdrawalOutcome.Withdrawn, coupon);
    }
}
