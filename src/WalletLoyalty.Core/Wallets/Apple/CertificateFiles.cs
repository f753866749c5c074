using System.Security.Cryptography.X509Certificates;

namespace WalletLoyalty.Wallets.Apple;

public static class CertificateFiles
{
    /// <summary>
    /// Loads a certificate with its private key from PKCS#12 or PEM. The key stays in memory
    /// (EphemeralKeySet): nothing is written to a key store, which is what fails on Linux servers.
    /// </summary>
    public static X509Certificate2 LoadWithKey(string path, string? password)
    {
        var head = File.ReadAllText(path).AsSpan();
        if (head.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            if (!head.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
            {
                return LoadPublic(path);
            }
            var encrypted = head.Contains("ENCRYPTED PRIVATE KEY", StringComparison.Ordinal);
            return encrypted
                ? X509Certificate2.CreateFromEncryptedPemFile(path, password)
                : X509Certificate2.CreateFromPemFile(path);
        }
        return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
    }

    /// <summary>Loads a certificate without key from PEM or DER (Apple ships the WWDR certificate as DER .cer).</summary>
    public static X509Certificate2 LoadPublic(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.AsSpan().IndexOf("-----BEGIN"u8) >= 0)
        {
            return X509Certificate2.CreateFromPem(File.ReadAllText(path));
        }
        return X509CertificateLoader.LoadCertificate(bytes);
    }

    /// <summary>The first value of a subject attribute (by OID), e.g. UID or OU.</summary>
    public static string? SubjectAttribute(X509Certificate2 certificate, string oid) =>
        certificate.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(rdn => !rdn.HasMultipleElements && rdn.GetSingleElementType().Value == oid)
            .Select(rdn => rdn.GetSingleElementValue())
            .FirstOrDefault();

    public const string UserIdOid = "0.9.2342.19200300.100.1.1";
    public const string OrganizationalUnitOid = "2.5.4.11";
}
