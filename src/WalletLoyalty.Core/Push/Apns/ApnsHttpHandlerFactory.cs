using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace WalletLoyalty.Push.Apns;

/// <summary>Builds the HTTP/2 handler APNs expects: TLS client auth and long-lived, reused connections.</summary>
public static class ApnsHttpHandlerFactory
{
    /// <param name="clientCertificate">The Pass Type ID certificate with its private key.</param>
    /// <param name="extraTrustedServerCas">
    /// Roots to trust for the APNs server certificate in addition to the system store (for tests
    /// or a TLS-inspecting proxy); null to trust the system store only.
    /// </param>
    public static SocketsHttpHandler Create(
        X509Certificate2 clientCertificate,
        X509Certificate2Collection? extraTrustedServerCas)
    {
        ArgumentNullException.ThrowIfNull(clientCertificate);
        if (!clientCertificate.HasPrivateKey)
        {
            throw new ArgumentException(
                "The APNs client certificate needs its private key.", nameof(clientCertificate));
        }

        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionLifetime = TimeSpan.FromHours(6),
            PooledConnectionIdleTimeout = TimeSpan.FromHours(1),
            // HTTP/2 PINGs keep idle connections open through NAT and detect dead ones early.
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
            KeepAlivePingDelay = TimeSpan.FromMinutes(1),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
            ConnectTimeout = TimeSpan.FromSeconds(15),
        };

        // Always offer the pass certificate, even when the server's list of acceptable issuers
        // does not name its issuer.
        handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => clientCertificate;

        if (extraTrustedServerCas is { Count: > 0 })
        {
            var validator = new ApnsServerCertificateValidator(extraTrustedServerCas);
            handler.SslOptions.RemoteCertificateValidationCallback = validator.Validate;
        }

        return handler;
    }
}
