using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>A Kestrel app on 127.0.0.1 with a free port, serving one request handler over plain HTTP.</summary>
internal sealed class FakeGoogleHost(WebApplication app, Uri rootAddress) : IAsyncDisposable
{
    private int _disposed;

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri RootAddress { get; } = rootAddress;

    public static async Task<FakeGoogleHost> StartAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new FakeGoogleHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Stops listening; safe to call again, so a test can take a fake down early.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }
}
