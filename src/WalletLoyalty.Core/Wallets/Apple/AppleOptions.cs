namespace WalletLoyalty.Wallets.Apple;

public sealed class AppleOptions
{
    public const string Section = "Apple";

    public string PassTypeIdentifier { get; set; } = "";
    public string TeamIdentifier { get; set; } = "";

    /// <summary>The Pass Type ID certificate with its private key: PKCS#12 (.p12/.pfx) or PEM.</summary>
    public string CertificatePath { get; set; } = "";
    public string? CertificatePassword { get; set; }

    /// <summary>The Apple WWDR intermediate that issued the certificate (G4 for certificates made after 27 Jan 2022).</summary>
    public string WwdrCertificatePath { get; set; } = "";

    public string ApnsBaseAddress { get; set; } = "https://api.push.apple.com";

    /// <summary>An extra CA to trust for the APNs server, for test rigs. Empty in production.</summary>
    public string? ApnsServerCaPath { get; set; }
}
