namespace WalletLoyalty.Tests.Support;

/// <summary>What a production start needs beyond the sample settings: a chain named like Apple's, a real-looking team id and an https address.</summary>
public static class ProductionSettings
{
    public const string Environment = "Production";
    public const string PublicBaseUrl = "https://loyalty.example.com";

    public static void Apply(Dictionary<string, string?> settings)
    {
        var folder = Directory.CreateTempSubdirectory("production-pki-").FullName;
        using var pki = TestPki.CreateNamedLikeApple(SampleSettings.PassTypeIdentifier);
        var files = pki.WriteTo(folder, "production-test");
        settings["Apple:TeamIdentifier"] = pki.TeamIdentifier;
        settings["Apple:CertificatePath"] = files.PassPkcs12Path;
        settings["Apple:CertificatePassword"] = "production-test";
        settings["Apple:WwdrCertificatePath"] = files.WwdrPemPath;
        settings["PublicBaseUrl"] = PublicBaseUrl;
    }
}
