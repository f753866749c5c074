using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WalletLoyalty.Push.Apns;
using WalletLoyalty.Tests.Fakes;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Push.Apns;

/// <summary>A real <see cref="ApnsClient"/> and handler, talking TLS to a fake APNs that trusts the fixture's PKI.</summary>
internal sealed class ApnsClientAgainstFake(FakeApnsServer server, HttpClient httpClient) : IAsyncDisposable
{
    public FakeApnsServer Server { get; } = server;

    public ApnsClient Client { get; } = new(httpClient);

    public static async Task<ApnsClientAgainstFake> StartAsync(PassCertificateFixture certificates)
    {
        var server = await FakeApnsServer.StartAsync(certificates.Pki);
        var httpClient = CreateHttpClient(certificates.ClientCertificate, [certificates.Pki.ServerCa], server.BaseAddress);
        return new ApnsClientAgainstFake(server, httpClient);
    }

    public static HttpClient CreateHttpClient(
        X509Certificate2 clientCertificate, X509Certificate2Collection? trustedServerCas, Uri baseAddress) =>
        new(ApnsHttpHandlerFactory.Create(clientCertificate, trustedServerCas)) { BaseAddress = baseAddress };

    public static string NewToken() => RandomNumberGenerator.GetHexString(64, lowercase: true);

    public async ValueTask DisposeAsync()
    {
        httpClient.Dispose();
        await Server.DisposeAsync();
    }
}
