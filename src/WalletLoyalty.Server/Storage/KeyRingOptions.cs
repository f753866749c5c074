namespace WalletLoyalty.Server.Storage;

/// <summary>Where the data-protection keys (join cookies, enrolment tokens) are kept, and the certificate that encrypts them at rest.</summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>A folder for the keys. Unset: beside the SQLite file, or in the database on PostgreSQL.</summary>
    public string? KeysPath { get; set; }

    /// <summary>An X.509 certificate with its private key (.p12 or PEM) that encrypts every key before it is stored.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}
