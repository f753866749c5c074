using WalletLoyalty.Consent;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Join;

namespace WalletLoyalty.Server.Consent;

/// <summary>
/// The member's consent page, opened from the back of their card: it shows whether they receive marketing and
/// lets them change it. The link itself is the proof (ConsentLinks), so the page needs no sign-in.
/// </summary>
public static class ConsentApi
{
    public static void MapConsentPages(this WebApplication app)
    {
        var consent = app.MapGroup("/members/consent").AllowAnonymous().WithTags("Shoppers").ExcludeFromDescription(); // the link is the key
        consent.MapGet("/{serial}/{key}", ShowAsync);
        consent.MapPost("/{serial}/{key}", ChangeAsync).DisableAntiforgery(); // the unguessable link stands in for a form token
    }

    private static async Task<IResult> ShowAsync(string serial, string key, bool? saved, ProgramCatalog programs, MemberConsents consents, CancellationToken cancellationToken)
    {
        if (await FindAsync(serial, key, programs, consents, cancellationToken) is not { } found)
        {
            return LinkUnknown();
        }
        return ConsentPage.Result(found.Program, found.Member.Granted, saved == true);
    }

    private static async Task<IResult> ChangeAsync(string serial, string key, HttpRequest request, ProgramCatalog programs, MemberConsents consents,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || await FindAsync(serial, key, programs, consents, cancellationToken) is not { } found)
        {
            return LinkUnknown();
        }
        var (member, program) = found;
        var form = await request.ReadFormAsync(cancellationToken);
        var granted = form[JoinForm.ConsentName].ToString() is "true" or "on";
        await consents.SetAsync(member, granted, program.Template.Consent.Version, ConsentChannels.Member, cancellationToken);
        // After a post, a redirect: a reload shows the page again instead of sending the form twice.
        var query = new Dictionary<string, string?> { ["saved"] = "true" };
        if (request.Query["lang"] is { Count: > 0 } language)
        {
            query["lang"] = language.ToString();
        }
        return TypedResults.Redirect(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(request.PathBase + request.Path, query));
    }

    private static async Task<(MemberConsent Member, LoyaltyProgram Program)?> FindAsync(string serial, string key, ProgramCatalog programs, MemberConsents consents,
        CancellationToken cancellationToken) =>
        serial.Length <= 64 && key.Length <= 64 && await consents.FindByLinkAsync(serial, key, cancellationToken) is { } member
            && programs.Find(member.ProgramId) is { } program
            ? (member, program)
            : null;

    private static IResult LinkUnknown() => ShopperErrorPage.Result(StatusCodes.Status404NotFound, ShopperErrorPage.ConsentLinkUnknown);
}
