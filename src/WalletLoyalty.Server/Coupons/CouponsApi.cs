using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Coupons;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Server.Coupons;

/// <summary>Marketers give a member a coupon; the shopper adds its pass from the link they are sent.</summary>
public static class CouponsApi
{
    public static void MapCouponsApi(this WebApplication app)
    {
        app.MapPost("/api/v1/programs/{program}/members/{memberId:long}/coupons", IssueAsync)
            .RequireApiKey(AccessPolicies.Marketer).WithTags("Marketing")
            .WithSummary("Give a member a single-use coupon with its own wallet pass");
        app.MapPost("/api/v1/programs/{program}/members/{memberId:long}/coupons/{couponId:long}/withdraw", WithdrawAsync)
            .RequireApiKey(AccessPolicies.Marketer).WithTags("Marketing")
            .WithSummary("Take back a coupon not yet redeemed; its pass is voided on the phone");
        // The shopper's link: the unguessable coupon code in it is the only credential.
        app.MapGet("/coupons/{code}/apple", CouponPassAsync).AllowAnonymous().WithTags("Shoppers").ExcludeFromDescription();
    }

    private static async Task<Results<Created<IssuedCouponResponse>, NotFoundProblem, ValidationProblem, UnreadableBodyProblem>> IssueAsync(
        string program, long memberId, HttpRequest request, ClaimsPrincipal user, ProgramCatalog programs, CouponIssuer issuer,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (programs.Find(program) is null || (user.ProgramOf() is { } own && own != program))
        {
            return Problems.NotFound($"No program '{program}' for this key.");
        }
        var (body, problem) = await JsonBody.ReadAsync<NewCouponRequest>(request, 4096, cancellationToken);
        if (body is null)
        {
            return problem!;
        }
        if (string.IsNullOrWhiteSpace(body.Title) || body.Title.Length > 60)
        {
            return Problems.Invalid("title", "is required, at most 60 characters");
        }
        if (body.ExpiresAt is { } expires && expires <= time.GetUtcNow())
        {
            return Problems.Invalid("expiresAt", "must be in the future");
        }
        if (!await issuer.HasMemberAsync(program, memberId, cancellationToken))
        {
            return Problems.NotFound($"No member {memberId} in program '{program}'.");
        }
        var (coupon, _) = await issuer.IssueAsync(program, memberId, body.Title.Trim(), (body.Description ?? "").Trim(), body.ValueMinor, body.ExpiresAt, user.ActorOf(), cancellationToken);
        var applePassUrl = $"/coupons/{coupon.Code}/apple";
        return TypedResults.Created(applePassUrl, new IssuedCouponResponse(
            coupon.Id, coupon.Code, coupon.Title, coupon.Description, coupon.ValueMinor, coupon.ExpiresAt, coupon.Status, applePassUrl, $"/coupons/{coupon.Code}/google"));
    }

    private static async Task<Results<Ok<CouponSummary>, NotFoundProblem, ConflictProblem>> WithdrawAsync(
        string program, long memberId, long couponId, ClaimsPrincipal user, ProgramCatalog programs, CouponWithdrawal withdrawal,
        CancellationToken cancellationToken)
    {
        if (programs.Find(program) is null || (user.ProgramOf() is { } own && own != program))
        {
            return Problems.NotFound($"No program '{program}' for this key.");
        }
        var (outcome, coupon) = await withdrawal.WithdrawAsync(program, memberId, couponId, user.ActorOf(), cancellationToken);
        return outcome switch
        {
            WithdrawalOutcome.NotFound => Problems.NotFound($"No coupon {couponId} for member {memberId} in program '{program}'."),
            WithdrawalOutcome.AlreadyRedeemed => Problems.Conflict("coupon-redeemed", "Coupon already used", $"Coupon {couponId} was redeemed on {coupon!.RedeemedAt:u}; it can no longer be withdrawn."),
            _ => TypedResults.Ok((coupon! with { Status = "void" }).ToSummary()),
        };
    }

    private static async Task<IResult> CouponPassAsync(string code, HttpRequest request, CouponPasses couponPasses,
        ApplePassIssuer issuer, PublicUrls urls, CancellationToken cancellationToken)
    {
        var pass = await couponPasses.FindAsync(code, cancellationToken);
        return pass is null
            ? Join.ShopperErrorPage.Result(StatusCodes.Status404NotFound, Join.ShopperErrorPage.CouponNotFound)
            : TypedResults.File(issuer.Issue(pass, urls.AppleWebService(request)), PkPassPackager.ContentType, "coupon.pkpass");
    }
}

public sealed record NewCouponRequest(string? Title, string? Description, long? ValueMinor, DateTimeOffset? ExpiresAt);

/// <summary>A coupon just given, with the links that add its pass to Apple or Google Wallet.</summary>
public sealed record IssuedCouponResponse(
    long Id, string Code, string Title, string Description, long? ValueMinor, DateTimeOffset? ExpiresAt, string Status, string ApplePassUrl, string GooglePassUrl);
