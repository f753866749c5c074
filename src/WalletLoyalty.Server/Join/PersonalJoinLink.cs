using Microsoft.AspNetCore.DataProtection;
using WalletLoyalty.Imports;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Server.Join;

/// <summary>
/// A member's personal join link (from an import): the phone is given the join cookie naming that member's
/// card and sent to the landing page, whose wallet buttons then add the card the shop already has, with its
/// balance, instead of enrolling a new member.
/// </summary>
public static class PersonalJoinLink
{
    public static async Task<IResult> OpenAsync(string program, string link, HttpContext context, ProgramCatalog programs, JoinLinks links,
        IDataProtectionProvider protection, CancellationToken cancellationToken)
    {
        if (ShopperInput.Check(program, null, programs) is { } failure)
        {
            return failure;
        }
        if (link.Length > 64 || await links.CardOfAsync(program, link, cancellationToken) is not { } serial)
        {
            return ShopperErrorPage.Result(StatusCodes.Status404NotFound, ShopperErrorPage.CardLinkUnknown);
        }
        new JoinCookie(protection, program).Write(context.Response, serial);
        var landing = context.Request.PathBase + "/join/" + program;
        return TypedResults.Redirect(context.Request.Query["lang"] is { Count: > 0 } language
            ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(landing, "lang", language.ToString())
            : landing);
    }
}
