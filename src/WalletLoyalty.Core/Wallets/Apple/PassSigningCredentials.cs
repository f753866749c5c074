using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WalletLoyalty.Configuration;

namespace WalletLoyalty.Wallets.Apple;

/// <summary>The Pass Type ID certificate (with key) and the WWDR intermediate, checked against the configuration.</summary>
public sealed class PassSigningCredentials
{
    private PassSigningCredentials(X509Certificate2 certificate, X509Certificate2 wwdr, string passTypeIdentifier, string teamIdentifier)
    {
        Certificate = certificate;
        Wwdr = wwdr;
        PassTypeIdentifier = passTypeIdentifier;
        TeamIdentifier = teamIdentifier;
    }

    public X509Certificate2 Certificate { get; }
    public X509Certificate2 Wwdr { get; }
    public string PassTypeIdentifier { get; }
    public string TeamIdentifier { get; }

    /// <summary>Loads and checks everything, listing every problem with its fix instead of stopping at the first.</summary>
    public static PassSigningCredentials Load(AppleOptions options, DateTimeOffset now)
    {
        var problems = new List<string>();
        const string Help = "see certs-sample/README.md";
        if (!options.PassTypeIdentifier.StartsWith("pass.", StringComparison.Ordinal))
        {
            problems.Add($"Apple:PassTypeIdentifier: '{options.PassTypeIdentifier}' must start with 'pass.' (e.g. pass.com.example.loyalty)");
        }
        if (options.TeamIdentifier.Length != 10)
        {
            problems.Add($"Apple:TeamIdentifier: '{options.TeamIdentifier}' must be the 10-character Team ID of the Apple developer account");
        }
        var certificate = LoadCertificate(options, now, problems, Help);
        var wwdr = LoadWwdr(options, problems, Help);
        if (certificate is not null && wwdr is not null && !IssuedBy(certificate, wwdr))
        {
            problems.Add($"Apple:WwdrCertificatePath: '{wwdr.Subject}' did not issue the pass certificate (its issuer is '{certificate.Issuer}'); use the WWDR intermediate that issued it (G4 for certificates made after 27 Jan 2022)");
        }
        if (problems.Count > 0)
        {
            throw new ConfigurationProblemException(problems);
        }
        return new PassSigningCredentials(certificate!, wwdr!, options.PassTypeIdentifier, options.TeamIdentifier);
    }

    private static X509Certificate2? LoadCertificate(AppleOptions options, DateTimeOffset now, List<string> problems, string help)
    {
        var path = options.CertificatePath.Length == 0 ? "" : PathResolver.Resolve(options.CertificatePath);
        if (path.Length == 0 || !File.Exists(path))
        {
            problems.Add($"Apple:CertificatePath: file '{options.CertificatePath}' not found (looked for '{path}'); set it to the Pass Type ID certificate (.p12 or PEM with key), {help}");
            return null;
        }
        X509Certificate2 certificate;
        try
        {
            certificate = CertificateFiles.LoadWithKey(path, options.CertificatePassword);
        }
        catch (CryptographicException ex)
        {
            problems.Add($"Apple:CertificatePath: '{options.CertificatePath}' could not be read ({ex.Message}); check the file and Apple:CertificatePassword");
            return null;
        }
        if (!certificate.HasPrivateKey)
        {
            problems.Add($"Apple:CertificatePath: '{options.CertificatePath}' holds no private key; export the certificate together with its key, {help}");
        }
        if (certificate.NotAfter.ToUniversalTime() <= now.UtcDateTime || certificate.NotBefore.ToUniversalTime() > now.UtcDateTime)
        {
            problems.Add($"Apple:CertificatePath: the certificate is valid from {certificate.NotBefore:u} to {certificate.NotAfter:u}, not now; renew it in the Apple developer account");
        }
        var uid = CertificateFiles.SubjectAttribute(certificate, CertificateFiles.UserIdOid);
        if (uid != options.PassTypeIdentifier)
        {
            problems.Add($"Apple:PassTypeIdentifier: '{options.PassTypeIdentifier}' differs from the certificate's pass type id (UID) '{uid}'");
        }
        var team = CertificateFiles.SubjectAttribute(certificate, CertificateFiles.OrganizationalUnitOid);
        if (team != options.TeamIdentifier)
        {
            problems.Add($"Apple:TeamIdentifier: '{options.TeamIdentifier}' differs from the certificate's team id (OU) '{team}'");
        }
        return certificate;
    }

    private static X509Certificate2? LoadWwdr(AppleOptions options, List<string> problems, string help)
    {
        var path = options.WwdrCertificatePath.Length == 0 ? "" : PathResolver.Resolve(options.WwdrCertificatePath);
        if (path.Length == 0 || !File.Exists(path))
        {
            problems.Add($"Apple:WwdrCertificatePath: file '{options.WwdrCertificatePath}' not found (looked for '{path}'); download Apple's WWDR G4 intermediate, {help}");
            return null;
        }
        try
        {
            return CertificateFiles.LoadPublic(path);
        }
        catch (CryptographicException ex)
        {
            problems.Add($"Apple:WwdrCertificatePath: '{options.WwdrCertificatePath}' is not a certificate ({ex.Message})");
            return null;
        }
    }

    private static bool IssuedBy(X509Certificate2 certificate, X509Certificate2 issuer)
    {
        if (!certificate.IssuerName.RawData.AsSpan().SequenceEqual(issuer.SubjectName.RawData))
        {
            return false;
        }
        var authorityKey = certificate.Extensions.OfType<X509AuthorityKeyIdentifierExtension>().FirstOrDefault()?.KeyIdentifier;
        var subjectKey = issuer.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault()?.SubjectKeyIdentifierBytes;
        return authorityKey is null || subjectKey is null || authorityKey.Value.Span.SequenceEqual(subjectKey.Value.Span);
    }
}
