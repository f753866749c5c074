using WalletLoyalty.Configuration;

namespace WalletLoyalty.Wallets.Google;

/// <summary>
/// Google Wallet as configured: off when neither Google:IssuerId nor Google:ServiceAccountKeyPath is set
/// (the Apple side then works alone), refused at start when only one is, or when the public address
/// Google must reach for images and callbacks is missing.
/// </summary>
public sealed class GoogleWallet
{
    private GoogleWallet(string issuerId, IGoogleWalletClient? client, SaveLinkBuilder? links, string publicBaseUrl)
    {
        IssuerId = issuerId;
        Client = client;
        Links = links;
        PublicBaseUrl = publicBaseUrl;
    }

    public bool Enabled => Client is not null;
    public string IssuerId { get; }
    public IGoogleWalletClient? Client { get; }
    public SaveLinkBuilder? Links { get; }
    public string PublicBaseUrl { get; }

    public static GoogleWallet Disabled { get; } = new("", null, null, "");

    public static GoogleWallet Create(GoogleOptions options, string? publicBaseUrl, Func<GoogleServiceAccount, Uri, IGoogleWalletClient> client, TimeProvider time)
    {
        var hasIssuer = !string.IsNullOrWhiteSpace(options.IssuerId);
        var hasKey = !string.IsNullOrWhiteSpace(options.ServiceAccountKeyPath);
        if (!hasIssuer && !hasKey)
        {
            return Disabled;
        }
        var problems = new List<string>();
        if (!hasIssuer)
        {
            problems.Add("Google:IssuerId: missing; set it to the issuer ID from the Google Pay & Wallet Console (or unset Google:ServiceAccountKeyPath to run without Google Wallet)");
        }
        if (!hasKey)
        {
            problems.Add("Google:ServiceAccountKeyPath: missing; set it to the service account's JSON key (or unset Google:IssuerId to run without Google Wallet)");
        }
        if (hasIssuer && !options.IssuerId.All(char.IsAsciiDigit))
        {
            problems.Add($"Google:IssuerId: '{options.IssuerId}' must be the numeric issuer ID");
        }
        if (!Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out _))
        {
            problems.Add("PublicBaseUrl: Google Wallet needs the service's public https address (it fetches the program logo and sends callbacks there)");
        }
        if (!Uri.TryCreate(options.WalletApiBaseAddress, UriKind.Absolute, out var api))
        {
            problems.Add($"Google:WalletApiBaseAddress: '{options.WalletApiBaseAddress}' is not an absolute address");
        }
        if (problems.Count > 0)
        {
            throw new ConfigurationProblemException(problems);
        }
        var account = GoogleServiceAccount.Load(PathResolver.Resolve(options.ServiceAccountKeyPath), "Google:ServiceAccountKeyPath");
        return new GoogleWallet(options.IssuerId, client(account, api!), new SaveLinkBuilder(account, options, time), publicBaseUrl!.TrimEnd('/'));
    }
}
