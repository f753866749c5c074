using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Fakes;

/// <summary>
/// A local APNs on 127.0.0.1: HTTP/2 over TLS only, client certificates required and trusted only
/// when they chain to the given PKI's root, and APNs' request checks and error bodies.
/// </summary>
public sealed class FakeApnsServer : IAsyncDisposable
{
    private readonly FakeApnsScript _script = new();
    private readonly FakeApnsDeliveryLog _log = new();
    private readonly FakeApnsTraffic _traffic = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<FakeApnsAnswer> _answers = new();
    private WebApplication? _app;

    private FakeApnsServer()
    {
    }

    /// <summary>https://127.0.0.1:{port}</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>TLS connections that completed a handshake (client certificate accepted).</summary>
    public int DistinctConnectionCount => _traffic.ConnectionCount;

    /// <summary>Requests that reached the APNs checks, accepted or not.</summary>
    public int RequestCount => _traffic.RequestCount;

    /// <summary>The most requests the server was handling at one moment.</summary>
    public int PeakRequestsInFlight => _traffic.PeakRequestsInFlight;

    public IReadOnlyList<FakeApnsDelivery> Deliveries => _log.Snapshot();

    /// <summary>Every answer given, delivered or not, in order.</summary>
    public IReadOnlyList<FakeApnsAnswer> Answers => [.. _answers];

    /// <summary>Serves with a certificate from <see cref="TestPki.ServerCa"/>; trusts clients chaining to <see cref="TestPki.Root"/>.</summary>
    public static async Task<FakeApnsServer> StartAsync(TestPki pki)
    {
        var server = new FakeApnsServer();
        var validator = new FakeApnsClientCertificateValidator(pki.Root, [pki.Intermediate]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // APNs advertises up to 1000 concurrent streams per certificate-authenticated connection.
            kestrel.Limits.Http2.MaxStreamsPerConnection = 1000;
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http2;
                listen.UseHttps(new HttpsConnectionAdapterOptions
                {
                    ServerCertificate = pki.CreateServerCertificate("127.0.0.1"),
                    ClientCertificateMode = ClientCertificateMode.RequireCertificate,
                    // Kestrel checks this after the TLS handshake and then drops the connection
                    // without an alert, so the client sees the connection end, not a TLS error.
                    ClientCertificateValidation = (certificate, _, _) => validator.IsTrusted(certificate),
                    CheckCertificateRevocation = false,
                });
                listen.Use(next => connection =>
                {
                    server._traffic.ConnectionAccepted(connection.ConnectionId);
                    return next(connection);
                });
            });
        });

        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseAddress = new Uri(address);
        return server;
    }

    /// <summary>Pushes to <paramref name="token"/> get 410 with <paramref name="since"/> (default: the moment of the answer) as the timestamp.</summary>
    public void MarkUnregistered(string token, DateTimeOffset? since = null) => _script.MarkUnregistered(token, since);

    /// <summary>The next pushes to <paramref name="token"/> get these replies, in order; then 200.</summary>
    public void EnqueueReplies(string token, params FakeApnsReply[] replies) => _script.Enqueue(token, replies);

    public Task WaitForDeliveriesAsync(int count, TimeSpan timeout) => _log.WaitForAsync(count, timeout);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        _traffic.RequestStarted();
        try
        {
            var certificate = context.Connection.ClientCertificate!;
            var (push, rejection) = await FakeApnsRequestChecks.CheckAsync(
                context.Request, PassCertificateTopic.Read(certificate));
            var reply = rejection ?? _script.NextReplyFor(push!.Token);
            _answers.Enqueue(new FakeApnsAnswer(push?.Token ?? "", reply.StatusCode, DateTimeOffset.UtcNow));
            if (reply.StatusCode == 200)
            {
                _log.Add(new FakeApnsDelivery(
                    push!.Token, push.Topic, DateTimeOffset.UtcNow, context.Connection.Id, certificate.Thumbprint));
            }

            if (reply.AnswerAfter is { } delay)
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            await FakeApnsReplyWriter.WriteAsync(context, reply);
        }
        finally
        {
            _traffic.RequestFinished();
        }
    }
}
