using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WalletLoyalty.Tests.Wallets.Google.Callbacks;

/// <summary>
/// Serves a root keys document on 127.0.0.1 at Google's path, counting the requests, so a key
/// source can be pointed at it instead of pay.google.com.
/// </summary>
public sealed class FakeGoogleKeysServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requestCount;

    private FakeGoogleKeysServer(WebApplication app, string keysJson, TimeSpan? maxAge)
    {
        _app = app;
        KeysJson = keysJson;
        MaxAge = maxAge;
    }

    /// <summary>http://127.0.0.1:{port}/gp/m/issuer/keys</summary>
    public Uri KeysUrl { get; private set; } = null!;

    /// <summary>What the next request gets; change it to publish rotated keys.</summary>
    public string KeysJson { get; set; }

    /// <summary>Sent as Cache-Control max-age when set.</summary>
    public TimeSpan? MaxAge { get; set; }

    /// <summary>While set, every request gets 503, as during an outage.</summary>
    public bool Failing { get; set; }

    public int RequestCount => Volatile.Read(ref _requestCount);

    public static async Task<FakeGoogleKeysServer> StartAsync(string keysJson, TimeSpan? maxAge = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeGoogleKeysServer(app, keysJson, maxAge);
        app.MapGet("/gp/m/issuer/keys", server.Serve);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.KeysUrl = new Uri(new Uri(address), "/gp/m/issuer/keys");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Serve(HttpContext context)
    {
        Interlocked.Increment(ref _requestCount);
        if (Failing)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        if (MaxAge is { } maxAge)
        {
            context.Response.Headers.CacheControl = $"public, max-age={(int)maxAge.TotalSeconds}";
        }
        return Results.Text(KeysJson, "application/json");
    }
}
