using System.Security.Cryptography.X509Certificates;

namespace WalletLoyalty.Tests.Support;

public sealed class TestPkiTests
{
    [Fact]
    public void The_pass_certificate_subject_is_in_Apples_order_with_the_pass_type_id_as_UID()
    {
        using var pki = TestPki.Create("pass.com.example.shop", "TEAM123456");

        var names = pki.PassCertificate.SubjectName
            .EnumerateRelativeDistinguishedNames(reversed: false)
            .Select(name => (name.GetSingleElementType().Value, name.GetSingleElementValue()))
            .ToList();

        Assert.Equal(
            [
                ("0.9.2342.19200300.100.1.1", "pass.com.example.shop"),
                ("2.5.4.3", "Pass Type ID: pass.com.example.shop"),
                ("2.5.4.11", "TEAM123456"),
                ("2.5.4.10", "Test Shop"),
                ("2.5.4.6", "US"),
            ],
            names);
        Assert.True(pki.PassCertificate.HasPrivateKey);
        Assert.Equal(pki.Intermediate.SubjectName.RawData, pki.PassCertificate.IssuerName.RawData);
    }

    [Fact]
    public void The_pass_certificate_chains_to_the_root_through_the_intermediate_only()
    {
        using var pki = TestPki.Create();

        Assert.True(BuildsTo(pki.Root, pki.PassCertificate, pki.Intermediate));
        Assert.False(BuildsTo(pki.Root, pki.PassCertificate));
        Assert.False(BuildsTo(pki.ServerCa, pki.PassCertificate, pki.Intermediate));
    }

    [Fact]
    public void The_requested_validity_is_the_pass_certificates()
    {
        var notBefore = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var notAfter = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

        using var pki = TestPki.Create(notBefore: notBefore, notAfter: notAfter);

        Assert.Equal(notBefore.UtcDateTime, pki.PassCertificate.NotBefore.ToUniversalTime());
        Assert.Equal(notAfter.UtcDateTime, pki.PassCertificate.NotAfter.ToUniversalTime());
        Assert.False(BuildsTo(pki.Root, pki.PassCertificate, pki.Intermediate));
    }

    [Fact]
    public void The_written_files_load_back_with_the_private_key()
    {
        using var pki = TestPki.Create();
        var directory = Directory.CreateTempSubdirectory("walletloyalty-pki-");
        try
        {
            var files = pki.WriteTo(directory.FullName, "s3cret");

            using var fromPkcs12 = X509CertificateLoader.LoadPkcs12FromFile(
                files.PassPkcs12Path, "s3cret", X509KeyStorageFlags.EphemeralKeySet);
            using var fromPem = X509Certificate2.CreateFromPemFile(files.PassPemPath);
            using var root = X509CertificateLoader.LoadCertificateFromFile(files.RootPemPath);
            using var wwdr = X509CertificateLoader.LoadCertificateFromFile(files.WwdrPemPath);
            Assert.True(fromPkcs12.HasPrivateKey);
            Assert.True(fromPem.HasPrivateKey);
            Assert.Equal(pki.PassCertificate.Thumbprint, fromPkcs12.Thumbprint);
            Assert.Equal(pki.PassCertificate.Thumbprint, fromPem.Thumbprint);
            Assert.Equal(pki.Root.Thumbprint, root.Thumbprint);
            Assert.Equal(pki.Intermediate.Thumbprint, wwdr.Thumbprint);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_server_certificate_is_for_the_loopback_names_and_chains_to_the_server_CA()
    {
        using var pki = TestPki.Create();

        using var server = pki.CreateServerCertificate("apns.test");

        Assert.True(server.MatchesHostname("127.0.0.1"));
        Assert.True(server.MatchesHostname("localhost"));
        Assert.True(server.MatchesHostname("apns.test"));
        Assert.True(server.HasPrivateKey);
        Assert.True(BuildsTo(pki.ServerCa, server));
        Assert.False(BuildsTo(pki.Root, server, pki.Intermediate));
    }

    private static bool BuildsTo(X509Certificate2 root, X509Certificate2 leaf, params X509Certificate2[] intermediates)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(leaf);
    }
}
