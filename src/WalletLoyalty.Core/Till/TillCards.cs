using Dapper;
using WalletLoyalty.Coupons;
using WalletLoyalty.Data;
using WalletLoyalty.Members;

namespace WalletLoyalty.Till;

/// <summary>A scanned coupon and the member who holds it.</summary>
public sealed record ScannedCoupon(Coupon Coupon, Member Holder);

/// <summary>A scanned loyalty card: its member and their active coupons, soonest to expire first.</summary>
public sealed record ScannedMember(Member Member, IReadOnlyList<Coupon> ActiveCoupons);

/// <summary>What a code scanned at the till belongs to. Codes are given normalized (<see cref="CardCodes.Normalize"/>).</summary>
public sealed class TillCards(IDatabase database)
{
    public async Task<ScannedCoupon?> FindCouponAsync(string programId, string normalized, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var coupon = await connection.QuerySingleOrDefaultAsync<Coupon>(
            $"SELECT {Coupon.Columns} FROM coupons WHERE code = @normalized AND program_id = @programId", new { normalized, programId });
        return coupon is null ? null : new ScannedCoupon(coupon, await MemberLookup.GetAsync(connection, null, coupon.MemberId));
    }

    public async Task<ScannedMember?> FindMemberAsync(string programId, string normalized, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var member = await MemberLookup.FindAsync(connection, null, programId, normalized);
        if (member is null)
        {
            return null;
        }
        var coupons = await connection.QueryAsync<Coupon>(
            $"SELECT {Coupon.Columns} FROM coupons WHERE member_id = @memberId AND status = 'active' ORDER BY expires_at", new { memberId = member.Id });
        return new ScannedMember(member, coupons.ToList());
    }
}
