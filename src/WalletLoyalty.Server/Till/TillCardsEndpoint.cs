using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Coupons;
using WalletLoyalty.Till;
using WalletLoyalty.Members;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Till;

/// <summary>What the cashier sees after a scan.</summary>
public static class TillCardsEndpoint
{
    public static async Task<Results<Ok<TillCardResponse>, NotFoundProblem, ForbiddenProblem, ConflictProblem>> LookUpAsync(
        string code, ClaimsPrincipal user, ProgramCatalog programs, TillCards cards, TimeProvider time, CancellationToken cancellationToken)
    {
        if (TillContexts.For(user, programs) is not { } till)
        {
            return TillContexts.KeyNotBound();
        }
        var normalized = CardCodes.Normalize(code);
        var now = time.GetUtcNow();
        if (CardCodes.IsCouponCode(normalized))
        {
            if (await cards.FindCouponAsync(till.Program.Id, normalized, cancellationToken) is not { } scanned)
            {
                return Problems.NotFound("No coupon of this program has that code.");
            }
            return TypedResults.Ok<TillCardResponse>(new CouponCardResponse(Summary(scanned.Coupon, now), Summary(scanned.Holder)));
        }
        if (await cards.FindMemberAsync(till.Program.Id, normalized, cancellationToken) is not { Member: var member } card)
        {
            return Problems.NotFound("No member of this program has that card. Scan again or type the member number.");
        }
        if (MemberLookup.Refusal(member) is { } refused)
        {
            return Problems.Conflict(refused.ProblemType!, refused.Title!, refused.Detail!);
        }
        return TypedResults.Ok<TillCardResponse>(new MemberCardResponse(
            Summary(member),
            till.Program.Template.Rewards.Select(r => new TillRewardOffer(r.Id, r.Name, r.Points, r.ValueMinor, member.PointsBalance >= r.Points)).ToList(),
            card.ActiveCoupons.Where(c => c.IsUsable(now)).Select(c => Summary(c, now)).ToList()));
    }

    private static TillMember Summary(Member member) =>
        new(member.Id, member.DisplayName, Member.FormatNumber(member.MemberNumber), member.PointsBalance, member.Tier);

    private static CouponSummary Summary(Coupon coupon, DateTimeOffset now) =>
        coupon.ToSummary() with { Status = coupon.Status == "active" && !coupon.IsUsable(now) ? "expired" : coupon.Status };
}
