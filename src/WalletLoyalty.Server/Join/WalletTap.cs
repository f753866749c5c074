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
