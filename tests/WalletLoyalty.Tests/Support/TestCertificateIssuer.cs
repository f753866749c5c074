using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WalletLoyalty.Tests.Support;

/// <summary>Issues RSA 2048 / SHA-256 certificates for <see cref="TestPki"/>.</summary>
internal static class TestCertificateIssuer
{
    public const string ClientAuthOid = "1.3.6.1.5.5.7.3.2";
    public const string ServerAuthOid = "1.3.6.1.5.5.7.3.1";

    public static X509Certificate2 CreateRoot(string subject, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = CreateCaRequest(new X500DistinguishedName(subject), key, pathLength: 1);
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        return Reimport(certificate);
    }

    public static X509Certificate2 IssueIntermediate(
        X509Certificate2 issuer, string subject, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = CreateCaRequest(new X500DistinguishedName(subject), key, pathLength: 0);
        return Sign(request, issuer, key, notBefore, notAfter);
    }

    public static X509Certificate2 IssueLeaf(
        X509Certificate2 issuer,
        X500DistinguishedName subject,
        string extendedKeyUsageOid,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter,
        SubjectAlternativeNameBuilder? alternativeNames = null)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid(extendedKeyUsageOid)], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        if (alternativeNames is not null)
        {
            request.CertificateExtensions.Add(alternativeNames.Build());
        }

        return Sign(request, issuer, key, notBefore, notAfter);
    }

    private static CertificateRequest CreateCaRequest(X500DistinguishedName subject, RSA key, int pathLength)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, pathLength, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request;
    }

    private static X509Certificate2 Sign(
        CertificateRequest request, X509Certificate2 issuer, RSA key, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        request.CertificateExtensions.Add(
            X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        using var publicOnly = request.Create(issuer, notBefore, notAfter, RandomSerialNumber());
        using var withKey = publicOnly.CopyWithPrivateKey(key);
        return Reimport(withKey);
    }

    // A PFX round trip gives a key that SslStream can use on every platform.
    private static X509Certificate2 Reimport(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadPkcs12(
            certificate.Export(X509ContentType.Pfx), null, X509KeyStorageFlags.Exportable);

    private static byte[] RandomSerialNumber()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        return serial;
    }
}
