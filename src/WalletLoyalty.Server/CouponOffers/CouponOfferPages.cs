using Microsoft.AspNetCore.DataProtection;
using WalletLoyalty.CouponOffers;
using WalletLoyalty.Members;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Join;
using WalletLoyalty.Server.RateLimits;
using WalletLoyalty.Wallets.Apple;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Server.CouponOffers;

/// <summary>
/// The page a flyer's coupon QR code opens, and its wallet buttons. Under /join/{program}, so the join cookie names
/// the shopper's card: a member claims with it, a new shopper is enrolled by the tap (with its token) and claims.
/// </summary>
public static class CouponOfferPages
{
    public static void MapCouponOfferPages(this WebApplication app)
    {
        var coupons = app.MapGroup("/join/{program}/coupons").AllowAnonymous().WithTags("Shoppers").ExcludeFromDescription(); // shoppers have no key
        coupons.MapGet("", ShowAsync);
        coupons.MapGet("/apple", AppleAsync).RequireRateLimiting(AbuseLimits.Joins);
        coupons.MapGet("/google", GoogleAsync).RequireRateLimiting(AbuseLimits.Joins);
    }

    private static async Task<IResult> ShowAsync(string program, string? code, string? src, HttpContext context, ProgramCatalog programs, CouponOfferLookup lookup,
        EnrolmentTokens tokens, GoogleWallet google, IDataProtectionProvider protection, CancellationToken cancellationToken)
    {
        if (ShopperInput.Check(program, src, programs) is { } failure)
        {
            return failure;
        }
        var found = programs.Find(program)!;
        var page = new OfferPageModel(found, null, "", src, tokens.Issue(program, src), google.Enabled, new JoinCookie(protection, program).Read(context.Request) is not null);
        if (string.IsNullOrWhiteSpace(code))
        {
            return CouponOfferPage.Result(page, OfferPageState.Enter);
        }
        var typed = CouponOffer.Normalize(code);
        return await lookup.FindAsync(found, typed, cancellationToken) is { } offer
            ? CouponOfferPage.Result(page with { Offer = offer, Code = typed }, OfferPageState.Open)
            : CouponOfferPage.Result(page with { Code = typed }, OfferPageState.UnknownCode, StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> AppleAsync(string program, string? code, string? src, string? token, HttpContext context, CouponOfferTap tap,
        ApplePassIssuer issuer, PublicUrls urls, CancellationToken cancellationToken)
    {
        var (pass, refusal) = await tap.ClaimAsync(program, code, src, token, context, cancellationToken);
        return pass is null
            ? refusal!
            : TypedResults.File(issuer.Issue(pass, urls.AppleWebService(context.Request)), PkPassPackager.ContentType, "coupon.pkpass");
    }

    private static async Task<IResult> GoogleAsync(string program, string? code, string? src, string? token, HttpContext context, CouponOfferTap tap,
        GoogleWallet google, GoogleObjects objects, CancellationToken cancellationToken)
    {
        if (!google.Enabled)
        {
            return ShopperErrorPage.Result(StatusCodes.Status404NotFound, ShopperErrorPage.GoogleNotOffered);
        }
        var (pass, refusal) = await tap.ClaimAsync(program, code, src, token, context, cancellationToken);
        if (pass is null)
        {
            return refusal!;
        }
        var saved = await objects.EnsureAsync(pass, cancellationToken);
        return saved.Outcome == GoogleWalletOutcome.Ok
            ? TypedResults.Redirect(objects.SaveLink(pass))
            : ShopperErrorPage.Result(StatusCodes.Status503ServiceUnavailable, ShopperErrorPage.GoogleUnavailable);
    }
}
