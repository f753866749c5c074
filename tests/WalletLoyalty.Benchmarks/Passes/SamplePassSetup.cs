using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Benchmarks.Passes;

/// <summary>The pass pipeline wired as the service wires it, over the sample PKI and the demo template.</summary>
public sealed class SamplePassSetup
{
    public SamplePassSetup()
    {
        var certs = Path.Combine(RepositoryFolder.Root, "certs-sample");
        var options = new AppleOptions
        {
            PassTypeIdentifier = "pass.com.example.walletloyalty.demo",
            TeamIdentifier = "WLTEST0001",
            CertificatePath = Path.Combine(certs, "pass-certificate.p12"),
            CertificatePassword = "test-only",
            WwdrCertificatePath = Path.Combine(certs, "test-wwdr-g4.pem"),
        };
        Credentials = PassSigningCredentials.Load(options, DateTimeOffset.UtcNow);
        Signer = new PassSigner(Credentials, TimeProvider.System);
        Packager = new PkPassPackager(Credentials, Signer);
        Programs = ProgramCatalog.Load(Path.Combine(RepositoryFolder.Root, "templates"));
    }

    public PassSigningCredentials Credentials { get; }
    public PassSigner Signer { get; }
    public PkPassPackager Packager { get; }
    public ProgramCatalog Programs { get; }

    /// <summary>A stored store card of the demo program, as the database would return it.</summary>
    public static PassView StoredStoreCard(string serialNumber) => new()
    {
        Id = 1,
        ProgramId = "demo",
        MemberId = 1,
        Kind = PassKind.StoreCard.ToStorage(),
        SerialNumber = serialNumber,
        AuthenticationToken = "TOKEN0000000000000000000000000001",
        Version = 7,
        MemberCode = "MEXAMPLEMEMBERCODE0000001",
        MemberNumber = "1234567890",
        DisplayName = "Alex",
        PointsBalance = 120,
        Tier = "Bronze",
    };

    public const string WebServiceUrl = "https://loyalty.example.com/apple";

    public PassContent StoreCard(string serialNumber) =>
        PassContentFactory.Create(StoredStoreCard(serialNumber), Programs.Find("demo")!, WebServiceUrl);
}
