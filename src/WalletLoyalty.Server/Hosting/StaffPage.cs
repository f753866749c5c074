using System.Security.Cryptography;
using System.Text;

namespace WalletLoyalty.Server.Hosting;

/// <summary>
/// Serves a staff page (till, marketing) that holds an API key in the browser, so its headers are strict:
/// only its own inline script and style run (allowed by their hashes), it talks only to this origin and
/// cannot be framed.
/// </summary>
public sealed record StaffPage(string Html, string Script, string Css, bool Camera = false)
{
    public void Map(WebApplication app, string path)
    {
        var policy = string.Join("; ",
            "default-src 'none'",
            $"script-src '{Sha256(Script)}'",
            $"style-src '{Sha256(Css)}'",
            "img-src 'self' data:",
            "connect-src 'self'",
            Camera ? "media-src 'self' blob:" : "media-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'");
        app.MapGet(path, (HttpResponse response) =>
        {
            var headers = response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers["Permissions-Policy"] = $"camera=({(Camera ? "self" : "")}), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.CacheControl = "no-cache";
            return TypedResults.Content(Html, "text/html; charset=utf-8");
        }).ExcludeFromDescription();
    }

    /// <summary>The page's head: not indexed, no favicon request, its one inline style sheet.</summary>
    public static string Head(string title, string css) => $"""
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{System.Net.WebUtility.HtmlEncode(title)}</title>
        <link rel="icon" href="data:,">
        <style>{css}</style>
        </head>
        """;

    private static string Sha256(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));
}
