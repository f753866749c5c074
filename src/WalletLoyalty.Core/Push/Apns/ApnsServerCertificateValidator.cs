using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WalletLoyalty.Push.Apns;

/// <summary>Accepts what the system trusts, and otherwise chains that end at one of the extra roots.</summary>
internal sealed class ApnsServerCertificateValidator(X509Certificate2Collection extraTrustedRoots)
{
    public bool Validate(
        object sender,
        X509Certificate? certificate,
        X509Chain? systemChain,
        SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // A name mismatch or a missing certificate is never rescued by extra roots.
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(extraTrustedRoots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid("1.3.6.1.5.5.7.3.1"));
        if (systemChain is not null)
        {
            // Holds the intermediates the server sent during the handshake.
            chain.ChainPolicy.ExtraStore.AddRange(systemChain.ChainPolicy.ExtraStore);
        }

        return certificate is X509Certificate2 certificate2
            ? chain.Build(certificate2)
            : BuildFromRawData(chain, certificate);
    }

    private static bool BuildFromRawData(X509Chain chain, X509Certificate certificate)
    {
        using var copy = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(copy);
    }
}
