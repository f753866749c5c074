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
        string program, string? src, HttpRequest request, ProgramCatalog programs, PublicUrls urls, WalletLoyalty.Wallets.Google.GoogleWallet google, EnrolmentTokens tokens,
        TimeProvider time)
    {
        if (ShopperInput.Check(program, src, programs) is { } failure)
        {
            return failure;
        }
        return Landing(programs.Find(program)!, src, request, urls, google, tokens, time);
    }

    /// <summary>The landing page; with what was typed and its problems when a wallet link carried details that could not be read.</summary>
    internal static IResult Landing(LoyaltyProgram program, string? src, HttpRequest request, PublicUrls urls, WalletLoyalty.Wallets.Google.GoogleWallet google,
        EnrolmentTokens tokens, TimeProvider time, JoinForm? typed = null, ContactProblems? problems = null)
    {
        var referral = Referrals.ReferralJoin.CodeOf(request, program);
        return LandingPage.Result(program, src, Referrals.ReferralJoin.WithCode(urls.Join(request, program.Id, src), referral), DeviceDetection.Detect(request),
            google.Enabled, tokens.Issue(program.Id, src), WalletLoyalty.Campaigns.LocalTimes.Today(time.GetUtcNow(), program.TimeZone), typed, problems, referral);
    }

    private static async Task<IResult> AddToAppleWalletAsync(
        string program, string? src, string? token, HttpContext context, ProgramCatalog programs, MemberEnrolment enrolment,
        PassRepository passes, ApplePassIssuer issuer, PublicUrls urls, IDataProtectionProvider protection, EnrolmentTokens tokens,
        WalletLoyalty.Wallets.Google.GoogleWallet google, TimeProvider time, CancellationToken cancellationToken)
    {
        if ((ShopperInput.Check(program, src, programs) ?? WalletTap.Check(program, src, token, context.Request, tokens)) is { } failure)
        {
            return failure;
        }
        var loyaltyProgram = programs.Find(program)!;
        var form = JoinForm.From(context.Request);
        var (answers, problems) = form.Read(loyaltyProgram, time.GetUtcNow());
        if (answers is null)
        {
            return Landing(loyaltyProgram, src, context.Request, urls, google, tokens, time, form, problems);
        }
        var remembered = new JoinCookie(protection, program);
        // A second tap (or a reload) on the same phone gets the same card, not a second membership; its consent is
        // changed from the back of the card, not by a second tap. A card voided since (replaced, or its member
        // erased) is not handed out again: the tap joins afresh.
        var pass = remembered.Read(context.Request) is { } serial ? await passes.FindBySerialAsync(serial, cancellationToken) : null;
        if (pass is null || pass.Voided)
        {
            var enrolled = await enrolment.EnrollAsync(loyaltyProgram, src, MemberNames.Clean(form.Name, "Member"), Languages.RequestLanguage.Of(context.Request),
                answers with { Referral = Referrals.ReferralJoin.Claim(context.Request, loyaltyProgram, pass) }, cancellationToken);
            pass = enrolled.Pass;
            remembered.Write(context.Response, pass.SerialNumber);
        }
        var bytes = issuer.Issue(pass, urls.AppleWebService(context.Request), urls.BaseUrl(context.Request));
        context.Response.GetTypedHeaders().LastModified = pass.LastModified;
        return TypedResults.File(bytes, PkPassPackager.ContentType, $"{program}.pkpass");
    }
}
