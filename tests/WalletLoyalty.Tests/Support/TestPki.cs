using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WalletLoyalty.Tests.Support;

/// <summary>
/// A throwaway stand-in for Apple's PKI: root → "WWDR" intermediate → Pass Type ID certificate,
/// plus a separate CA for TLS server certificates (a fake APNs).
/// </summary>
public sealed class TestPki : IDisposable
{
    private const string UserIdOid = "0.9.2342.19200300.100.1.1";

    private TestPki(string passTypeIdentifier, string teamIdentifier, DateTimeOffset notBefore, DateTimeOffset notAfter, bool namedLikeApple = false)
    {
        PassTypeIdentifier = passTypeIdentifier;
        TeamIdentifier = teamIdentifier;
        var now = DateTimeOffset.UtcNow;
        // Issuers must cover the leaf's validity, however odd the requested dates are.
        var caNotBefore = Min(notBefore, now).AddDays(-1);
        var caNotAfter = Max(notAfter, now).AddYears(1);

        Root = TestCertificateIssuer.CreateRoot(
            namedLikeApple ? "CN=Apple Root CA, OU=Apple Certification Authority, O=Apple Inc., C=US" : "CN=Test Root CA, O=Test", caNotBefore, caNotAfter);
        Intermediate = TestCertificateIssuer.IssueIntermediate(
            Root, namedLikeApple ? "CN=Apple Worldwide Developer Relations Certification Authority, OU=G4, O=Apple Inc., C=US" : "CN=Test WWDR, OU=G4, O=Test",
            caNotBefore, caNotAfter);
        PassCertificate = TestCertificateIssuer.IssueLeaf(
            Intermediate, PassSubject(passTypeIdentifier, teamIdentifier),
            TestCertificateIssuer.ClientAuthOid, notBefore, notAfter);
        ServerCa = TestCertificateIssuer.CreateRoot("CN=Test APNs Server CA, O=Test", caNotBefore, caNotAfter);
    }

    public string PassTypeIdentifier { get; }

    public string TeamIdentifier { get; }

    public X509Certificate2 Root { get; }

    public X509Certificate2 Intermediate { get; }

    /// <summary>The Pass Type ID certificate, with its private key.</summary>
    public X509Certificate2 PassCertificate { get; }

    /// <summary>Issues the certificates of fake servers; unrelated to <see cref="Root"/>.</summary>
    public X509Certificate2 ServerCa { get; }

    public static TestPki Create(
        string passTypeIdentifier = "pass.com.example.walletloyalty.test",
        string teamIdentifier = "TESTTEAM01",
        DateTimeOffset? notBefore = null,
        DateTimeOffset? notAfter = null)
    {
        var now = DateTimeOffset.UtcNow;
        return new TestPki(
            passTypeIdentifier, teamIdentifier, notBefore ?? now.AddDays(-1), notAfter ?? now.AddYears(1));
    }

    /// <summary>A chain whose root and intermediate carry Apple's names, as a production configuration has (still not Apple's keys).</summary>
    public static TestPki CreateNamedLikeApple(string passTypeIdentifier = "pass.com.example.walletloyalty.demo", string teamIdentifier = "SHOPTEAM01")
    {
        var now = DateTimeOffset.UtcNow;
        return new TestPki(passTypeIdentifier, teamIdentifier, now.AddDays(-1), now.AddYears(1), namedLikeApple: true);
    }

    /// <summary>A TLS server certificate for 127.0.0.1, localhost and <paramref name="dnsOrIp"/>, issued by <see cref="ServerCa"/>.</summary>
    public X509Certificate2 CreateServerCertificate(string dnsOrIp)
    {
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        if (IPAddress.TryParse(dnsOrIp, out var address) && !IPAddress.Loopback.Equals(address))
        {
            names.AddIpAddress(address);
        }
        else if (address is null && dnsOrIp != "localhost")
        {
            names.AddDnsName(dnsOrIp);
        }

        var now = DateTimeOffset.UtcNow;
        return TestCertificateIssuer.IssueLeaf(
            ServerCa, new X500DistinguishedName($"CN={dnsOrIp}"), TestCertificateIssuer.ServerAuthOid,
            Max(now.AddDays(-1), ServerCa.NotBefore), Min(now.AddDays(30), ServerCa.NotAfter), names);
    }

    /// <summary>Writes root.pem, wwdr.pem, pass.p12 (protected by <paramref name="password"/>) and pass.pem (unencrypted key).</summary>
    public TestPkiFiles WriteTo(string directory, string password)
    {
        Directory.CreateDirectory(directory);
        var files = new TestPkiFiles(
            Path.Combine(directory, "root.pem"),
            Path.Combine(directory, "wwdr.pem"),
            Path.Combine(directory, "pass.p12"),
            Path.Combine(directory, "pass.pem"));

        File.WriteAllText(files.RootPemPath, Root.ExportCertificatePem() + "\n");
        File.WriteAllText(files.WwdrPemPath, Intermediate.ExportCertificatePem() + "\n");
        File.WriteAllBytes(
            files.PassPkcs12Path,
            PassCertificate.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password));
        using var key = PassCertificate.GetRSAPrivateKey()!;
        File.WriteAllText(
            files.PassPemPath,
            PassCertificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n");
        return files;
    }

    public void Dispose()
    {
        PassCertificate.Dispose();
        Intermediate.Dispose();
        Root.Dispose();
        ServerCa.Dispose();
    }

    private static X500DistinguishedName PassSubject(string passTypeIdentifier, string teamIdentifier)
    {
        // The builder encodes the last added name first, giving Apple's order:
        // UID, CN, OU, O, C (openssl prints it that way; .NET's Subject prints it reversed).
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCountryOrRegion("US");
        builder.AddOrganizationName("Test Shop");
        builder.AddOrganizationalUnitName(teamIdentifier);
        builder.AddCommonName($"Pass Type ID: {passTypeIdentifier}");
        builder.Add(UserIdOid, passTypeIdentifier);
        return builder.Build();
    }

    private static DateTimeOffset Min(DateTimeOffset left, DateTimeOffset right) => left < right ? left : right;

    private static DateTimeOffset Max(DateTimeOffset left, DateTimeOffset right) => left > right ? left : right;
}
