using System.Security.Claims;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Coupons;
using WalletLoyalty.Data;
using WalletLoyalty.Till;
using WalletLoyalty.Members;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Till;

/// <summary>What the cashier sees after a scan.</summary>
public static class TillCardsEndpoint
{
    public static async Task<Results<Ok<TillCardResponse>, NotFoundProblem, ForbiddenProblem>> LookUpAsync(
        string code, ClaimsPrincipal user, ProgramCatalog programs, IDatabase database, TimeProvider time, CancellationToken cancellationToken)
    {
        if (TillContexts.For(user, programs) is not { } till)
        {
            return TillContexts.KeyNotBound();
        }
        var normalized = CardCodes.Normalize(code);
        await using var connection = await database.OpenAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (CardCodes.IsCouponCode(normalized))
        {
            var coupon = await connection.QuerySingleOrDefaultAsync<Coupon>(
                $"SELECT {Coupon.Columns} FROM coupons WHERE code = @normalized AND program_id = @programId", new { normalized, programId = till.Program.Id });
            if (coupon is null)
            {
                return Problems.NotFound("No coupon of this program has that code.");
            }
            var holder = await MemberLookup.GetAsync(connection, null, coupon.MemberId);
            return TypedResults.Ok<TillCardResponse>(new CouponCardResponse(Summary(coupon, now), Summary(holder)));
        }
        var member = await MemberLookup.FindAsync(connection, null, till.Program.Id, normalized);
        if (member is null)
        {
            return Problems.NotFound("No member of this program has that card. Scan again or type the member number.");
        }
        var coupons = await connection.QueryAsync<Coupon>(
            $"SELECT {Coupon.Columns} FROM coupons WHERE member_id = @memberId AND status = 'active' ORDER BY expires_at", new { memberId = member.Id });
        return TypedResults.Ok<TillCardResponse>(new MemberCardResponse(
            Summary(member),
            till.Program.Template.Rewards.Select(r => new TillRewardOffer(r.Id, r.Name, r.Points, r.ValueMinor, member.PointsBalance >= r.Points)).ToList(),
            coupons.Where(c => c.IsUsable(now)).Select(c => Summary(c, now)).ToList()));
    }

    private static TillMember Summary(Member member) =>
        new(member.Id, member.DisplayName, Member.FormatNumber(member.MemberNumber), member.PointsBalance, member.Tier);

    private static CouponSummary Summary(Coupon coupon, DateTimeOffset now) =>
        coupon.ToSummary() with { Status = coupon.Status == "active" && !coupon.IsUsable(now) ? "expired" : coupon.Status };
}
