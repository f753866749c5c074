using Microsoft.AspNetCore.DataProtection;
using WalletLoyalty.Members;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.RateLimits;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Server.Join;

/// <summary>The shopper's way in: a landing page per program and the link that adds the card to Apple Wallet.</summary>
public static class JoinApi
{
    public static void MapJoinPages(this WebApplication app)
    {
        var join = app.MapGroup("/join").AllowAnonymous().WithTags("Shoppers").ExcludeFromDescription(); // shoppers have no key
        join.MapGet("/{program}", LandingAsync);
        join.MapGet("/{program}/apple", AddToAppleWalletAsync).RequireRateLimiting(AbuseLimits.Joins);
        join.MapGet("/{program}/card/{link}", PersonalJoinLink.OpenAsync);
    }

    private static IResult LandingAsync(
        string program, string? src, HttpRequest request, ProgramCatalog programs, PublicUrls urls, WalletLoyalty.Wallets.Google.GoogleWallet google, EnrolmentTokens tokens)
    {
        if (ShopperInput.Check(program, src, programs) is { } failure)
        {
            return failure;
        }
        var loyaltyProgram = programs.Find(program)!;
        return LandingPage.Result(loyaltyProgram, src, urls.Join(request, program, src), DeviceDetection.Detect(request), google.Enabled, tokens.Issue(program, src));
    }

    private static async Task<IResult> AddToAppleWalletAsync(
        string program, string? src, string? name, string? token, HttpContext context, ProgramCatalog programs, MemberEnrolment enrolment,
        PassRepository passes, ApplePassIssuer issuer, PublicUrls urls, IDataProtectionProvider protection, EnrolmentTokens tokens, CancellationToken cancellationToken)
    {
        if ((ShopperInput.Check(program, src, programs) ?? WalletTap.Check(program, src, token, context.Request, tokens)) is { } failure)
        {
            return failure;
        }
        var loyaltyProgram = programs.Find(program)!;
        var remembered = new JoinCookie(protection, program);
        // A second tap (or a reload) on the same phone gets the same card, not a second membership.
        // A card voided since (replaced, or its member erased) is not handed out again: the tap joins afresh.
        var pass = remembered.Read(context.Request) is { } serial ? await passes.FindBySerialAsync(serial, cancellationToken) : null;
        if (pass is null || pass.Voided)
        {
            var enrolled = await enrolment.EnrollAsync(loyaltyProgram, src, MemberNames.Clean(name, "Member"), Languages.RequestLanguage.Of(context.Request), cancellationToken);
            pass = enrolled.Pass;
            remembered.Write(context.Response, pass.SerialNumber);
        }
        var bytes = issuer.Issue(pass, urls.AppleWebService(context.Request));
        context.Response.GetTypedHeaders().LastModified = pass.LastModified;
        return TypedResults.File(bytes, PkPassPackager.ContentType, $"{program}.pkpass");
    }
}
