using Microsoft.AspNetCore.DataProtection;

namespace WalletLoyalty.Server.Join;

/// <summary>
/// A tap on a landing page's wallet button: the link must carry the page's <see cref="EnrolmentTokens">token</see>
/// before anything is enrolled, signed or sent to Google.
/// </summary>
public static class WalletTap
{
    /// <summary>
    /// Null when the link came from the landing page; otherwise a redirect to that page, so an old or
    /// bookmarked wallet link still leads a person to the button.
    /// </summary>
    public static IResult? Check(string program, string? source, string? token, HttpRequest request, EnrolmentTokens tokens) =>
        tokens.IsValid(program, source, token) ? null : TypedResults.Redirect(LandingPath(program, source, request));

    /// <summary>
    /// Whether this request may create a member: a valid token and no join cookie naming a card. Only such
    /// requests count against the join limit; a phone that already has its card gets it again.
    /// </summary>
    public static bool MayEnrol(HttpContext context)
    {
        if (context.GetRouteValue("program") is not string program)
        {
            return false;
        }
        var query = context.Request.Query;
        var services = context.RequestServices;
        string? source = query["src"];
        return services.GetRequiredService<EnrolmentTokens>().IsValid(program, source, query[EnrolmentTokens.QueryName])
            && new JoinCookie(services.GetRequiredService<IDataProtectionProvider>(), program).Read(context.Request) is null;
    }

    private static string LandingPath(string program, string? source, HttpRequest request)
    {
        var query = new Dictionary<string, string?>();
        if (source is not null)
        {
            query["src"] = source;
        }
        if (request.Query["lang"] is { Count: > 0 } language)
        {
            query["lang"] = language.ToString();
        }
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(request.PathBase + "/join/" + program, query);
    }
}
