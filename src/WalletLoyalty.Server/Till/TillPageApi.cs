using System.Security.Cryptography;
using System.Text;

namespace WalletLoyalty.Server.Till;

/// <summary>Serves the cashier's page at <c>/till</c>. The page holds a key that can move points, so its headers are strict.</summary>
public static class TillPageApi
{
    // The inline script and style are allowed by their hashes; nothing else runs, and the page talks only to this origin.
    private static readonly string ContentSecurityPolicy = string.Join("; ",
        "default-src 'none'",
        $"script-src '{Sha256(TillScript.Source)}'",
        $"style-src '{Sha256(TillStyles.Css)}'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "media-src 'self' blob:",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'");

    public static void MapTillPage(this WebApplication app)
    {
        app.MapGet("/till", (HttpResponse response) =>
        {
            var headers = response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Permissions-Policy"] = "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.CacheControl = "no-cache";
            return TypedResults.Content(TillPage.Html, "text/html; charset=utf-8");
        }).ExcludeFromDescription();
    }

    private static string Sha256(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));
}
