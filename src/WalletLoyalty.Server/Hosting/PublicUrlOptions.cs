namespace WalletLoyalty.Server.Hosting;

public sealed class PublicUrlOptions
{
    /// <summary>The address shoppers and devices reach the service at, e.g. https://loyalty.example.com.
    /// Unset: derived from each request's scheme and host, which suits a first run on localhost.</summary>
    public string? PublicBaseUrl { get; set; }
}
