using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using WalletLoyalty.Push.Apns;
using WalletLoyalty.Tests.Fakes;
using WalletLoyalty.Tests.Support;
using Xunit.Abstractions;
using static WalletLoyalty.Tests.Push.Apns.ApnsClientAgainstFake;

namespace WalletLoyalty.Tests.Push.Apns;

/// <summary>TLS trust in both directions, transport failures, and connection reuse.</summary>
public sealed class ApnsClientConnectionTests(PassCertificateFixture certificates, ITestOutputHelper output)
    : IClassFixture<PassCertificateFixture>, IAsyncLifetime
{
    private ApnsClientAgainstFake _apns = null!;

    private string PassTypeIdentifier => certificates.Pki.PassTypeIdentifier;

    private FakeApnsServer Server => _apns.Server;

    public async Task InitializeAsync() => _apns = await StartAsync(certificates);

    public async Task DisposeAsync() => await _apns.DisposeAsync();

    // Kestrel refuses the certificate after the handshake by closing the connection, which the
    // client cannot tell from a dropped connection: so Retry, with nothing delivered. A server that
    // answers with a TLS alert instead surfaces as an AuthenticationException: Failed.
    [Fact]
    public async Task A_certificate_from_another_PKI_is_refused_and_nothing_is_delivered()
    {
        using var otherPki = TestPki.Create(PassTypeIdentifier);
        using var httpClient = CreateHttpClient(otherPki.PassCertificate, [certificates.Pki.ServerCa], Server.BaseAddress);

        var result = await SendAsync(new ApnsClient(httpClient));

        Assert.Equal(ApnsOutcome.Retry, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.StartsWith("TransportError", result.Reason);
        Assert.Equal(0, Server.DistinctConnectionCount);
        Assert.Equal(0, Server.RequestCount);
    }

    [Fact]
    public async Task The_client_refuses_a_server_whose_CA_it_was_not_told_to_trust()
    {
        using var httpClient = CreateHttpClient(certificates.ClientCertificate, null, Server.BaseAddress);

        var result = await SendAsync(new ApnsClient(httpClient));

        Assert.Equal(ApnsOutcome.Failed, result.Outcome);
        Assert.StartsWith("TlsAuthenticationFailed", result.Reason);
        Assert.Equal(0, Server.RequestCount);
    }

    [Fact]
    public async Task An_unreachable_server_asks_for_a_retry()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var httpClient = CreateHttpClient(
            certificates.ClientCertificate, null, new Uri($"https://127.0.0.1:{closedPort}"));

        var result = await SendAsync(new ApnsClient(httpClient));

        Assert.Equal(ApnsOutcome.Retry, result.Outcome);
        Assert.StartsWith("TransportError", result.Reason);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_as_a_retry()
    {
        using var silentListener = new TcpListener(IPAddress.Loopback, 0);
        silentListener.Start();
        var port = ((IPEndPoint)silentListener.LocalEndpoint).Port;
        using var httpClient = CreateHttpClient(certificates.ClientCertificate, null, new Uri($"https://127.0.0.1:{port}"));
        httpClient.Timeout = TimeSpan.FromMilliseconds(500);

        var result = await SendAsync(new ApnsClient(httpClient));

        Assert.Equal(new ApnsResult(ApnsOutcome.Retry, null, "Timeout", null), result);
    }

    [Fact]
    public async Task Pushes_sent_one_after_another_share_one_connection()
    {
        for (var push = 0; push < 5; push++)
        {
            await SendAsync(_apns.Client);
        }

        Assert.Equal(5, Server.Deliveries.Count);
        Assert.Single(Server.Deliveries.Select(delivery => delivery.ConnectionId).Distinct());
        Assert.Equal(1, Server.DistinctConnectionCount);
    }

    [Fact]
    public async Task Two_thousand_concurrent_pushes_are_all_delivered_over_a_few_connections()
    {
        const int PushCount = 2000;
        var tokens = Enumerable.Range(0, PushCount).Select(_ => NewToken()).ToList();
        var allDelivered = Server.WaitForDeliveriesAsync(PushCount, TimeSpan.FromSeconds(60));
        var stopwatch = Stopwatch.StartNew();

        var results = await Task.WhenAll(tokens.Select(
            token => _apns.Client.SendPassUpdateAsync(token, PassTypeIdentifier, CancellationToken.None)));
        await allDelivered;

        output.WriteLine(
            $"{PushCount} pushes in {stopwatch.ElapsedMilliseconds} ms over {Server.DistinctConnectionCount} connection(s), peak {Server.PeakRequestsInFlight} in flight");
        Assert.All(results, result => Assert.Equal(ApnsOutcome.Delivered, result.Outcome));
        Assert.Equal(tokens.ToHashSet(), Server.Deliveries.Select(delivery => delivery.Token).ToHashSet());
        // APNs (and the fake) allow 1000 streams per connection, so 2 would do; the client may open
        // a few more while it still assumes the pre-SETTINGS limit of 100. One request per
        // connection, or Kestrel's default of 100 streams, would need 20 or more.
        Assert.InRange(Server.DistinctConnectionCount, 1, 8);
        Assert.True(
            Server.PeakRequestsInFlight > Server.DistinctConnectionCount,
            "some connection must have carried several streams at once");
    }

    private Task<ApnsResult> SendAsync(ApnsClient client) =>
        client.SendPassUpdateAsync(NewToken(), PassTypeIdentifier, CancellationToken.None);
}
