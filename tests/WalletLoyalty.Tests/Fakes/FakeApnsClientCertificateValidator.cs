using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WalletLoyalty.Tests.Fakes;

/// <summary>Trusts client certificates that chain to one root, the way APNs trusts only Apple's.</summary>
internal sealed class FakeApnsClientCertificateValidator(
    X509Certificate2 trustedRoot,
    X509Certificate2Collection intermediates)
{
    public bool IsTrusted(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(trustedRoot);
        chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid("1.3.6.1.5.5.7.3.2"));
        return chain.Build(certificate);
    }
}
