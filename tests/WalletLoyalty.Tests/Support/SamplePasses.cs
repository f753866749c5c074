using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Tests.Support;

/// <summary>The packager wired to the sample PKI and the demo template, without a running service.</summary>
public static class SamplePasses
{
    public static AppleOptions Options() => new()
    {
        PassTypeIdentifier = SampleSettings.PassTypeIdentifier,
        TeamIdentifier = SampleSettings.TeamIdentifier,
        CertificatePath = Path.Combine(RepositoryPaths.CertsSample, "pass-certificate.p12"),
        CertificatePassword = "test-only",
        WwdrCertificatePath = Path.Combine(RepositoryPaths.CertsSample, "test-wwdr-g4.pem"),
    };

    public static PkPassPackager Packager()
    {
        var credentials = PassSigningCredentials.Load(Options(), DateTimeOffset.UtcNow);
        return new PkPassPackager(credentials, new PassSigner(credentials, TimeProvider.System));
    }

    public static LoyaltyProgram Demo() => ProgramCatalog.Load(RepositoryPaths.Templates).Find("demo")!;

    public static PassContent StoreCard(long points = 120) => new()
    {
        Program = Demo(),
        Kind = PassKind.StoreCard,
        SerialNumber = "SERIAL00000000000001",
        AuthenticationToken = "TOKEN0000000000000000000000000001",
        WebServiceUrl = "https://loyalty.example.com/apple",
        BarcodeMessage = "MEXAMPLEMEMBERCODE0000001",
        BarcodeText = "1234 5678 90",
        Values = new Dictionary<string, PassValue>
        {
            ["{points}"] = PassValue.Of(points),
            ["{memberName}"] = "Alex",
            ["{memberNumber}"] = "1234 5678 90",
            ["{tier}"] = "Bronze",
        },
    };

    public static PassContent Coupon() => StoreCard() with
    {
        Kind = PassKind.Coupon,
        SerialNumber = "SERIAL00000000000002",
        BarcodeMessage = "CEXAMPLECOUPONCODE0000001",
        ExpiresAt = new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero),
        Values = new Dictionary<string, PassValue>
        {
            ["{couponTitle}"] = "€5 off",
            ["{couponDescription}"] = "On any cake",
            ["{couponExpires}"] = "31 Dec 2026",
        },
    };
}
