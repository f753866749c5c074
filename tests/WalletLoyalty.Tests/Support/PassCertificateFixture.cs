using System.Security.Cryptography.X509Certificates;

namespace WalletLoyalty.Tests.Support;

/// <summary>A test PKI on disk, with the pass certificate loaded back from pass.p12 the way the service loads it.</summary>
public sealed class PassCertificateFixture : IDisposable
{
    public const string Password = "correct horse battery staple";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("walletloyalty-apns-");

    public PassCertificateFixture()
    {
        Pki = TestPki.Create();
        Files = Pki.WriteTo(_directory.FullName, Password);
        ClientCertificate = X509CertificateLoader.LoadPkcs12FromFile(
            Files.PassPkcs12Path, Password, X509KeyStorageFlags.EphemeralKeySet);
    }

    public TestPki Pki { get; }

    public TestPkiFiles Files { get; }

    public X509Certificate2 ClientCertificate { get; }

    public void Dispose()
    {
        ClientCertificate.Dispose();
        Pki.Dispose();
        _directory.Delete(recursive: true);
    }
}
