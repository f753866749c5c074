using Microsoft.AspNetCore.DataProtection;
using WalletLoyalty.Coupons;
using WalletLoyalty.Members;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Join;
using WalletLoyalty.Server.RateLimits;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Server.Wallets.Google;

/// <summary>
/// The Android shopper's way in: enrol, insert the Google object, and send the phone to Google's save
/// page with a short ("skinny") JWT that only names the object.
/// </summary>
public static class GoogleJoinApi
{
    public static void MapGoogleJoin(this WebApplication app)
    {
        // Shoppers' links, open like the Apple ones.
        app.MapGet("/join/{program}/google", JoinAsync).AllowAnonymous().RequireRateLimiting(AbuseLimits.Joins).ExcludeFromDescription();
        app.MapGet("/coupons/{code}/google", CouponAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> JoinAsync(string program, string? src, string? token, HttpContext context, ProgramCatalog programs,
        MemberEnrolment enrolment, PassRepository passes, GoogleWallet google, GoogleObjects objects, IDataProtectionProvider protection, EnrolmentTokens tokens,
        PublicUrls urls, TimeProvider time, CancellationToken cancellationToken)
    {
        if (ShopperInput.Check(program, src, programs) is { } failure)
        {
            return failure;
        }
        if (!google.Enabled)
        {
            return ShopperErrorPage.Result(StatusCodes.Status404NotFound, ShopperErrorPage.GoogleNotOffered);
        }
        if (WalletTap.Check(program, src, token, context.Request, tokens) is { } untapped)
        {
            return untapped;
        }
        var loyaltyProgram = programs.Find(program)!;
        var form = JoinForm.From(context.Request);
        var (answers, problems) = form.Read(loyaltyProgram, time.GetUtcNow());
        if (answers is null)
        {
            return JoinApi.Landing(loyaltyProgram, src, context.Request, urls, google, tokens, time, form, problems);
        }
        var remembered = new JoinCookie(protection, program);
        var pass = remembered.Read(context.Request) is { } serial ? await passes.FindBySerialAsync(serial, cancellationToken) : null;
        if (pass is null)
        {
            pass = (await enrolment.EnrollAsync(loyaltyProgram, src, MemberNames.Clean(form.Name, "Member"), Languages.RequestLanguage.Of(context.Request),
                answers with { Referral = WalletLoyalty.Server.Referrals.ReferralJoin.Claim(context.Request, loyaltyProgram, null) }, cancellationToken)).Pass;
            remembered.Write(context.Response, pass.SerialNumber);
        }
        return await SaveAsync(pass, objects, cancellationToken);
    }

    private static async Task<IResult> CouponAsync(string code, CouponPasses couponPasses, GoogleWallet google, GoogleObjects objects, CancellationToken cancellationToken)
    {
        var pass = google.Enabled ? await couponPasses.FindAsync(code, cancellationToken) : null;
        return pass is null
            ? ShopperErrorPage.Result(StatusCodes.Status404NotFound, ShopperErrorPage.CouponNotFound)
            : await SaveAsync(pass, objects, cancellationToken);
    }

    private static async Task<IResult> SaveAsync(PassView pass, GoogleObjects objects, CancellationToken cancellationToken)
    {
        var result = await objects.EnsureAsync(pass, cancellationToken);
        return result.Outcome == GoogleWalletOutcome.Ok
            ? TypedResults.Redirect(objects.SaveLink(pass))
            : ShopperErrorPage.Result(StatusCodes.Status503ServiceUnavailable, ShopperErrorPage.GoogleUnavailable);
    }
}
