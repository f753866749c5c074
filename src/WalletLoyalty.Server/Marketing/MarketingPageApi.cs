using System.Security.Cryptography;
using System.Text;

namespace WalletLoyalty.Server.Marketing;

/// <summary>Serves the marketer's dashboard at <c>/marketing</c>. The page holds a key that can message every member, so its headers are strict.</summary>
public static class MarketingPageApi
{
    // The inline script and style are allowed by their hashes; nothing else runs, and the page talks only to this origin.
    // Charts are inline SVG built by the script; the results CSV is saved through a blob: URL, which needs no policy entry.
    private static readonly string ContentSecurityPolicy = string.Join("; ",
        "default-src 'none'",
        $"script-src '{Sha256(MarketingPageScript.Source)}'",
        $"style-src '{Sha256(MarketingPageStyles.Css)}'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'");

    public static void MapMarketingPage(this WebApplication app)
    {
        app.MapGet("/marketing", (HttpResponse response) =>
        {
            var headers = response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.CacheControl = "no-cache";
            return TypedResults.Content(MarketingPage.Html, "text/html; charset=utf-8");
        }).ExcludeFromDescription();
    }

    private static string Sha256(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));
}
