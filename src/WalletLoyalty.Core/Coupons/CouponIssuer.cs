using Dapper;
using WalletLoyalty.Audit;
using WalletLoyalty.Data;

namespace WalletLoyalty.Coupons;

/// <summary>Gives a member a coupon and its own coupon pass, in one transaction.</summary>
public sealed class CouponIssuer(IDatabase database, TimeProvider time)
{
    /// <summary>True when the program has this member, the only kind of member a coupon is given to.</summary>
    public async Task<bool> HasMemberAsync(string programId, long memberId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(
            "SELECT id FROM members WHERE id = @memberId AND program_id = @program AND erased_at IS NULL", new { memberId, program = programId }) is not null;
    }

    public async Task<(Coupon Coupon, string SerialNumber)> IssueAsync(
        string programId, long memberId, string title, string description, long? valueMinor, DateTimeOffset? expiresAt, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var issued = (await CouponRows.IssueAsync(connection, transaction, programId, [memberId], new CouponTerms(title, description, valueMinor, expiresAt), null, now))[0];
        var coupon = await connection.QuerySingleAsync<Coupon>($"SELECT {Coupon.Columns} FROM coupons WHERE code = @Code", issued, transaction);
        await AuditTrail.RecordAsync(connection, transaction, actor, AuditTrail.CouponIssued, $"coupon {coupon.Id} for member {memberId}", programId, now);
        await transaction.CommitAsync(cancellationToken);
        return (coupon, issued.SerialNumber);
    }
}
