using WalletLoyalty.Programs;
using WalletLoyalty.Referrals;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Join;

namespace WalletLoyalty.Server.Referrals;

/// <summary>
/// The member's referral page, opened from the back of their card: their join link for friends and its QR code. The
/// link itself is the proof (ReferralLinks), so the page needs no sign-in.
/// </summary>
public static class ReferralPages
{
    public static void MapReferralPages(this WebApplication app)
    {
        var referral = app.MapGroup(ReferralLinks.PathPrefix.TrimEnd('/')).AllowAnonymous().WithTags("Shoppers").ExcludeFromDescription(); // the link is the key
        referral.MapGet("/{serial}/{key}", ShowAsync);
    }

    private static async Task<IResult> ShowAsync(string serial, string key, HttpRequest request, ProgramCatalog programs, ReferralInvitations invitations,
        PublicUrls urls, CancellationToken cancellationToken)
    {
        if (serial.Length > 64 || key.Length > 64 || await invitations.FindByLinkAsync(serial, key, cancellationToken) is not { } member
            || programs.Find(member.ProgramId) is not { Template.Mechanics.Referral: { } rules } program)
        {
            return ShopperErrorPage.Result(StatusCodes.Status404NotFound, ShopperErrorPage.CardLinkUnknown);
        }
        return ReferralPage.Result(program, rules, urls.BaseUrl(request) + ReferralLinks.JoinPath(program.Id, member.Code), member.Rewarded);
    }
}
