namespace WalletLoyalty.Server.Hosting;

/// <summary>
/// The headers every page is served with. Scripts and styles come only from this origin; the one inline
/// element, the import map, carries the request's nonce. Staff pages hold an API key, so they also send no
/// referrer and may use the camera only where the till asks for it.
/// </summary>
public sealed record PagePolicy(bool Staff, bool Camera = false, bool Forms = false)
{
    public static readonly PagePolicy Shopper = new(Staff: false);

    /// <summary>A shopper page with a form that posts back to this site (the member's consent page).</summary>
    public static readonly PagePolicy ShopperForm = new(Staff: false, Forms: true);
    public static readonly PagePolicy StaffPage = new(Staff: true);
    public static readonly PagePolicy StaffPageWithCamera = new(Staff: true, Camera: true);

    public void Apply(HttpResponse response, string nonce)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = string.Join("; ",
            "default-src 'none'",
            $"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            Camera ? "media-src 'self' blob:" : "media-src 'none'",
            "base-uri 'none'",
            Forms ? "form-action 'self'" : "form-action 'none'",
            "frame-ancestors 'none'");
        headers["Permissions-Policy"] = $"camera=({(Camera ? "self" : "")}), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()";
        headers["Referrer-Policy"] = Staff ? "no-referrer" : "strict-origin-when-cross-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.CacheControl = "no-cache";
    }
}
