using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Benchmarks.Passes;

/// <summary>
/// The floor under every signed pass: one RSA-2048 PKCS#1 v1.5 signature of a SHA-256 hash with the pass
/// certificate's own key, nothing else. Each thread has its own key object.
/// </summary>
public static class RawRsaSigning
{
    public static Probe Probe(PassSigningCredentials credentials, int threads) =>
        new ThreadedProbe("raw RSA-2048 sign (.NET)", threads, () =>
        {
            var key = credentials.Certificate.GetRSAPrivateKey()
                ?? throw new InvalidOperationException("the pass certificate has no RSA private key");
            var hash = SHA256.HashData("{\"pass.json\":\"0000000000000000000000000000000000000000\"}"u8);
            var signature = new byte[key.KeySize / 8];
            return () => key.TrySignHash(hash, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, out _);
        });
}
