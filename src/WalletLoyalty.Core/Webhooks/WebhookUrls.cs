namespace WalletLoyalty.Webhooks;

/// <summary>Which endpoint URLs are taken: absolute https (http only where the setting allows it), no credentials in them.</summary>
public static class WebhookUrls
{
    public const int MaxLength = 2000;

    /// <summary>Null when the URL is acceptable, else what is wrong with it.</summary>
    public static string? Problem(string? url, bool allowHttp)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxLength)
        {
            return $"is required, an absolute URL of at most {MaxLength} characters";
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return "must be an absolute URL such as https://example.com/hooks/loyalty";
        }
        if (uri.Scheme != Uri.UriSchemeHttps && !(allowHttp && uri.Scheme == Uri.UriSchemeHttp))
        {
            return allowHttp ? "must be an https or http URL" : "must be an https URL (Webhooks:AllowHttp allows http for local integrations)";
        }
        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            return "must carry no user name, password or fragment";
        }
        return null;
    }
}
