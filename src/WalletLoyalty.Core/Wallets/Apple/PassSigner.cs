using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace WalletLoyalty.Wallets.Apple;

/// <summary>
/// Makes the pass's detached PKCS#7 signature of manifest.json: DER, signed by the Pass Type ID
/// certificate, the WWDR intermediate included explicitly, with the signing time Apple requires.
/// </summary>
public sealed class PassSigner(PassSigningCredentials credentials, TimeProvider time)
{
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");
    private readonly X509Certificate2Collection _chain = [credentials.Wwdr];

    public byte[] Sign(byte[] manifest)
    {
        var cms = new SignedCms(new ContentInfo(manifest), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, credentials.Certificate)
        {
            IncludeOption = X509IncludeOption.EndCertOnly,
            DigestAlgorithm = Sha256,
        };
        signer.Certificates.AddRange(_chain);
        signer.SignedAttributes.Add(new Pkcs9SigningTime(time.GetUtcNow().UtcDateTime));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }
}
