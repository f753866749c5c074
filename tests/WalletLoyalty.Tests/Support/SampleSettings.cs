namespace WalletLoyalty.Tests.Support;

/// <summary>The settings of a test service: the sample PKI, the repository's templates, a private database on the test engine.</summary>
public static class SampleSettings
{
    public const string PassTypeIdentifier = "pass.com.example.walletloyalty.demo";
    public const string TeamIdentifier = "WLTEST0001";
    public const string AdminKey = "test-admin-key-0123456789abcdef";

    public static Dictionary<string, string?> For(string dataDirectory)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Storage:Path"] = Path.Combine(dataDirectory, "walletloyalty.db"),
            ["Templates:Path"] = RepositoryPaths.Templates,
            ["Apple:PassTypeIdentifier"] = PassTypeIdentifier,
            ["Apple:TeamIdentifier"] = TeamIdentifier,
            ["Apple:CertificatePath"] = Path.Combine(RepositoryPaths.CertsSample, "pass-certificate.p12"),
            ["Apple:CertificatePassword"] = "test-only",
            ["Apple:WwdrCertificatePath"] = Path.Combine(RepositoryPaths.CertsSample, "test-wwdr-g4.pem"),
            ["Auth:BootstrapAdminKey"] = AdminKey,
            ["Logging:LogLevel:Default"] = "Warning",
            // A fake clock moved on by days would run the tier sweep in the background at an unknown moment; tests run it themselves.
            ["Tiers:SweepEnabled"] = "false",
            // The demo's points expire; tests that want the sweep on a clock of their own turn it on.
            ["PointsExpiry:Enabled"] = "false",
        };
        // Far above what any test does, so only the tests of the limits, which set their own, meet them.
        foreach (var policy in new[] { "Joins", "AppleRegistrations", "AppleLog", "TillLookups", "GoogleCallbacks" })
        {
            settings[$"RateLimits:{policy}:PermitLimit"] = "100000";
        }
        TestEngine.Apply(settings, dataDirectory);
        return settings;
    }
}
