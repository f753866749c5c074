using System.Security.Cryptography;

namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>ECDSA over P-256 with SHA-256 and DER-encoded signatures, as Google signs callbacks.</summary>
internal static class P256Signature
{
    private static readonly string P256Oid = ECCurve.NamedCurves.nistP256.Oid.Value!;

    /// <summary>The key, or null when the bytes are not exactly one P-256 SubjectPublicKeyInfo.</summary>
    public static ECDsa? ImportPublicKey(ReadOnlySpan<byte> subjectPublicKeyInfo)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out var read);
            if (read == subjectPublicKeyInfo.Length && IsP256(key))
            {
                return key;
            }
        }
        catch (CryptographicException)
        {
        }
        key.Dispose();
        return null;
    }

    public static bool Verifies(ECDsa key, byte[] signedBytes, byte[] derSignature)
    {
        try
        {
            return key.VerifyData(signedBytes, derSignature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool IsP256(ECDsa key)
    {
        var curve = key.ExportParameters(includePrivateParameters: false).Curve;
        return curve.IsNamed && curve.Oid.Value == P256Oid;
    }
}
