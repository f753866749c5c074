using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
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

namespace WalletLoyalty.Benchmarks.Pushes;

/// <summary>
/// A minimal APNs on 127.0.0.1 for load: HTTP/2 over TLS only, a client certificate required (only the given pass
/// certificate is accepted), up to 1000 streams per connection as APNs allows, and 200 with an <c>apns-id</c> and no
/// body for every <c>POST /3/device/{token}</c>. Its server certificate comes from a CA made here, whose PEM the
/// service is pointed at (<c>Apple:ApnsServerCaPath</c>). It does none of the test fake's request checks, so the
/// figures are of the sender, not of a fake that inspects each request. It listens on one port per sender (node), so
/// it can tell how many pushes each sent, and counts the pushes per device token, so a benchmark can check that every
/// push came exactly once.
/// </summary>
public sealed class LocalApns : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<int, long> _requestsPerPort = new();
    private readonly ConcurrentDictionary<string, int> _pushesPerToken = new(StringComparer.Ordinal);
    private long _requests;
    private long _connections;

    private LocalApns(WebApplication app, X509Certificate2 ca, IReadOnlyList<Uri> baseAddresses)
    {
        _app = app;
        ServerCa = ca;
        BaseAddresses = baseAddresses;
    }

    /// <summary>One address per sender; the first is the one a single sender uses.</summary>
    public IReadOnlyList<Uri> BaseAddresses { get; }
    public Uri BaseAddress => BaseAddresses[0];
    public X509Certificate2 ServerCa { get; }
    public long Requests => Interlocked.Read(ref _requests);
    public long Connections => Interlocked.Read(ref _connections);

    /// <summary>Requests that came in on the address at that index since the last reset.</summary>
    public long RequestsAt(int address) => _requestsPerPort.GetValueOrDefault(BaseAddresses[address].Port);

    /// <summary>How many pushes each device token received since the last reset.</summary>
    public IReadOnlyDictionary<string, int> PushesPerToken => _pushesPerToken;

    public void ResetCounters()
    {
        Interlocked.Exchange(ref _requests, 0);
        _requestsPerPort.Clear();
        _pushesPerToken.Clear();
    }

    public static async Task<LocalApns> StartAsync(X509Certificate2 trustedClient, int addresses = 1)
    {
        var (ca, serverCertificate) = CreateServerPki();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        LocalApns? self = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.Http2.MaxStreamsPerConnection = 1000;
            for (var i = 0; i < addresses; i++)
            {
                kestrel.Listen(IPAddress.Loopback, 0, listen =>
                {
                    listen.Protocols = HttpProtocols.Http2;
                    listen.UseHttps(new HttpsConnectionAdapterOptions
                    {
                        ServerCertificate = serverCertificate,
                        ClientCertificateMode = ClientCertificateMode.RequireCertificate,
                        ClientCertificateValidation = (certificate, _, _) => certificate.Thumbprint == trustedClient.Thumbprint,
                        CheckCertificateRevocation = false,
                    });
                    listen.Use(next => connection =>
                    {
                        Interlocked.Increment(ref self!._connections);
                        return next(connection);
                    });
                });
            }
        });
        var app = builder.Build();
        app.Run(context => self!.HandleAsync(context));
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        self = new LocalApns(app, ca, [.. bound.Select(a => new Uri(a)).OrderBy(a => a.Port)]);
        return self;
    }

    private Task HandleAsync(HttpContext context)
    {
        var toDevice = context.Request.Path.StartsWithSegments("/3/device", out var token);
        var ok = toDevice && context.Request.Method == HttpMethods.Post && context.Request.Headers.ContainsKey("apns-topic");
        context.Response.StatusCode = ok ? 200 : 400;
        context.Response.Headers["apns-id"] = Guid.NewGuid().ToString().ToUpperInvariant();
        Interlocked.Increment(ref _requests);
        _requestsPerPort.AddOrUpdate(context.Connection.LocalPort, 1, (_, n) => n + 1);
        if (ok)
        {
            _pushesPerToken.AddOrUpdate(token.Value!.TrimStart('/'), 1, (_, n) => n + 1);
        }
        return Task.CompletedTask;
    }

    /// <summary>A CA and a 127.0.0.1 server certificate it issued, both ECDSA P-256 and valid for a day.</summary>
    private static (X509Certificate2 Ca, X509Certificate2 Server) CreateServerPki()
    {
        var now = DateTimeOffset.UtcNow;
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Benchmark APNs CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var caWithKey = caRequest.CreateSelfSigned(now.AddHours(-1), now.AddDays(1));
        var ca = X509CertificateLoader.LoadCertificate(caWithKey.RawData);

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var issued = serverRequest.Create(caWithKey, now.AddMinutes(-30), now.AddHours(12), RandomNumberGenerator.GetBytes(8));
        using var withKey = issued.CopyWithPrivateKey(serverKey);
        var server = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
        return (ca, server);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
