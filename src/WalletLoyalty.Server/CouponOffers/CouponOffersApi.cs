using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.CouponOffers;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Flyers;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.CouponOffers;

/// <summary>Marketers see their flyer coupons with their figures, print their QR codes and void an offer's coupons at once.</summary>
public static class CouponOffersApi
{
    public static void MapCouponOffersApi(this WebApplication app)
    {
        var offers = app.MapGroup("/api/v1/programs/{program}/coupon-offers").RequireApiKey(AccessPolicies.Marketer).WithTags("Marketing");
        offers.MapGet("", ListAsync).WithSummary("The program's flyer coupon offers with how many were claimed, redeemed and are left");
        offers.MapGet("/{offer}/codes", CodesAsync).WithSummary("The codes drawn to an offer's pattern, each with its claim link and whether it was claimed");
        offers.MapGet("/{offer}/qr", Qr).WithSummary("QR code for the flyer: SVG or PNG, encoding the offer's claim link with its code (for a pattern, ?code=)")
            .Produces<Stream>(StatusCodes.Status200OK, "image/svg+xml", "image/png");
        offers.MapPost("/{offer}/void", VoidAsync).WithSummary("Void the offer: no more claims, and every unused coupon of it is voided on the phones");
    }

    private static async Task<Results<Ok<CouponOfferList>, NotFoundProblem>> ListAsync(
        string program, HttpRequest request, ClaimsPrincipal user, ProgramCatalog programs, CouponOfferCounts counts, PublicUrls urls, CancellationToken cancellationToken)
    {
        if (Find(program, user, programs) is not { } found)
        {
            return Problems.NotFound($"No program '{program}' for this key.");
        }
        var listed = await counts.ListAsync(found, cancellationToken);
        return TypedResults.Ok(new CouponOfferList([.. listed.Select(c => CouponOfferView.Of(c, ClaimLinks.Shared(urls.BaseUrl(request), found.Id, c.Offer)))]));
    }

    private static async Task<Results<Ok<OfferCodeList>, NotFoundProblem>> CodesAsync(
        string program, string offer, HttpRequest request, ClaimsPrincipal user, ProgramCatalog programs, OfferCodeRows codes, PublicUrls urls, CancellationToken cancellationToken)
    {
        if (Find(program, user, programs) is not { } found || OfferOf(found, offer) is not { HasPattern: true } patterned)
        {
            return Problems.NotFound($"No coupon offer '{offer}' with a pattern in program '{program}'.");
        }
        var baseUrl = urls.BaseUrl(request);
        var rows = await codes.ListAsync(found.Id, patterned.Id, cancellationToken);
        return TypedResults.Ok(new OfferCodeList([.. rows.Select(r => new OfferCodeView(r.Code, ClaimLinks.For(baseUrl, found.Id, r.Code, null), r.Claimed))]));
    }

    private static async Task<Results<ContentHttpResult, FileContentHttpResult, NotFoundProblem, ValidationProblem>> Qr(
        string program, string offer, string? code, string? src, string? format, int? size, HttpRequest request, ClaimsPrincipal user, ProgramCatalog programs,
        CouponOfferLookup lookup, PublicUrls urls, CancellationToken cancellationToken)
    {
        if (Find(program, user, programs) is not { } found || OfferOf(found, offer) is not { } chosen)
        {
            return Problems.NotFound($"No coupon offer '{offer}' in program '{program}'.");
        }
        if (src is not null && !RouteValues.IsSource(src))
        {
            return Problems.Invalid("src", "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        var claimCode = chosen.Code is { } shared ? CouponOffer.Normalize(shared) : code is null ? null : CouponOffer.Normalize(code);
        if (claimCode is null || (chosen.HasPattern && (await lookup.FindAsync(found, claimCode, cancellationToken))?.Id != chosen.Id))
        {
            return Problems.Invalid("code", "must be one of the codes drawn to the offer's pattern (see …/codes)");
        }
        var pixels = size ?? 10;
        if (pixels is < 1 or > 40)
        {
            return Problems.Invalid("size", "pixels per module must be between 1 and 40");
        }
        var url = ClaimLinks.For(urls.BaseUrl(request), found.Id, claimCode, src);
        return (format ?? "svg") switch
        {
            "svg" => TypedResults.Content(FlyerQrCode.Svg(url, pixels), "image/svg+xml"),
            "png" => TypedResults.File(FlyerQrCode.Png(url, pixels), "image/png", $"{program}-{chosen.Id}.png"),
            _ => Problems.Invalid("format", "must be svg or png"),
        };
    }

    private static async Task<Results<Ok<VoidedOfferResponse>, NotFoundProblem>> VoidAsync(
        string program, string offer, ClaimsPrincipal user, ProgramCatalog programs, CouponOfferVoiding voiding, CancellationToken cancellationToken)
    {
        if (Find(program, user, programs) is not { } found || OfferOf(found, offer) is not { } chosen
            || await voiding.VoidAsync(found.Id, chosen.Id, user.ActorOf(), cancellationToken) is not { } voided)
        {
            return Problems.NotFound($"No coupon offer '{offer}' in program '{program}'.");
        }
        return TypedResults.Ok(new VoidedOfferResponse(chosen.Id, voided.AlreadyVoided, voided.CouponsVoided));
    }

    private static LoyaltyProgram? Find(string program, ClaimsPrincipal user, ProgramCatalog programs) =>
        RouteValues.IsProgramId(program) && programs.Find(program) is { } found && user.MaySee(program) ? found : null;

    private static CouponOffer? OfferOf(LoyaltyProgram program, string offer) =>
        program.Template.Mechanics.CouponOffers?.FirstOrDefault(o => o.Id == offer);
}
