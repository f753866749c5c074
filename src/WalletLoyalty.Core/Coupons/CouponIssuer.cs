using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Security;

namespace WalletLoyalty.Coupons;

/// <summary>Gives a member a coupon and its own coupon pass, in one transaction.</summary>
public sealed class CouponIssuer(IDatabase database, TimeProvider time)
{
    public async Task<(Coupon Coupon, string SerialNumber)> IssueAsync(
        string programId, long memberId, string title, string description, long? valueMinor, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var code = "C" + RandomCodes.Base32(25);
        var couponId = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO coupons (program_id, member_id, code, title, description, value_minor, status, expires_at, issued_at)
            VALUES (@programId, @memberId, @code, @title, @description, @valueMinor, 'active', @expiresAt, @now)
            RETURNING id
            """,
            new { programId, memberId, code, title, description, valueMinor, expiresAt, now }, transaction);
        var tag = await PassChanges.NextTagAsync(connection, transaction);
        var serial = RandomCodes.Base32(20);
        await connection.ExecuteAsync(
            """
            INSERT INTO passes (program_id, member_id, kind, coupon_id, serial_number, authentication_token, version, modified_at, update_tag, created_at)
            VALUES (@programId, @memberId, 'coupon', @couponId, @serial, @token, 1, @modifiedAt, @tag, @now)
            """,
            new { programId, memberId, couponId, serial, token = RandomCodes.Base32(32), modifiedAt = now.ToUnixTimeSeconds(), tag, now }, transaction);
        var coupon = await connection.QuerySingleAsync<Coupon>($"SELECT {Coupon.Columns} FROM coupons WHERE id = @couponId", new { couponId }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return (coupon, serial);
    }
}
