using Microsoft.AspNetCore.DataProtection;
using WalletLoyalty.CouponOffers;
using WalletLoyalty.Members;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Join;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Server.CouponOffers;

/// <summary>
/// A tap on the offer page's wallet button: the member the join cookie names, or a new one enrolled as the join
/// page does, claims the offer; the answer is the coupon's pass, or the page again saying why there is none.
/// </summary>
public sealed class CouponOfferTap(ProgramCatalog programs, CouponOfferLookup lookup, CouponClaims claims, EnrolmentTokens tokens, MemberEnrolment enrolment,
    PassRepository passes, IDataProtectionProvider protection, GoogleWallet google, TimeProvider time)
{
    public async Task<(PassView? Pass, IResult? Refusal)> ClaimAsync(string program, string? code, string? src, string? token, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (ShopperInput.Check(program, src, programs) is { } failure)
        {
            return (null, failure);
        }
        var found = programs.Find(program)!;
        var remembered = new JoinCookie(protection, program);
        var card = remembered.Read(context.Request) is { } serial ? await passes.FindBySerialAsync(serial, cancellationToken) : null;
        var page = new OfferPageModel(found, null, "", src, tokens.Issue(program, src), google.Enabled, card is { Voided: false });
        var typed = CouponOffer.Normalize(code ?? "");
        if (await lookup.FindAsync(found, typed, cancellationToken) is not { } offer)
        {
            return (null, CouponOfferPage.Result(page with { Code = typed }, OfferPageState.UnknownCode, StatusCodes.Status404NotFound));
        }
        page = page with { Offer = offer, Code = typed };
        if (!tokens.IsValid(program, src, token))
        {
            // A link not tapped on the page (a preview, a crawler, an old bookmark) enrols nobody: it shows the page.
            return (null, CouponOfferPage.Result(page, OfferPageState.Open));
        }
        var form = JoinForm.From(context.Request);
        var (answers, problems) = form.Read(found, time.GetUtcNow());
        if (answers is null)
        {
            return (null, CouponOfferPage.Result(page, OfferPageState.Open, StatusCodes.Status400BadRequest));
        }
        if (card is null || card.Voided)
        {
            var language = Languages.RequestLanguage.Of(context.Request);
            card = (await enrolment.EnrollAsync(found, src, MemberNames.Clean(form.Name, "Member"), language, answers, cancellationToken)).Pass;
            remembered.Write(context.Response, card.SerialNumber);
            page = page with { HasCard = true };
        }
        var claim = await claims.ClaimAsync(found, offer, typed, card.MemberId, cancellationToken);
        return claim.HasCoupon
            ? (claim.Pass, null)
            : (null, CouponOfferPage.Result(page, OfferPageStates.Of(claim.Outcome), OfferPageStates.StatusOf(claim.Outcome)));
    }
}
