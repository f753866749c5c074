using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Tests.Support;

/// <summary>The real service on a loopback port, with its own database folder. Stop and start it again to test restarts.</summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServiceHost(WebApplication app, string dataDirectory, Uri baseAddress)
    {
        _app = app;
        DataDirectory = dataDirectory;
        BaseAddress = baseAddress;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress };
    }

    public string DataDirectory { get; }
    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>Tests run the service as a developer would on the sample certificates; the few that test production pass its name.</summary>
    public const string DefaultEnvironment = "Development";

    /// <param name="map">Maps more endpoints onto the built app before it starts, e.g. one that declares no access policy.</param>
    /// <param name="services">Registers services before the service's own, e.g. a fake clock in place of the system's.</param>
    public static async Task<ServiceHost> StartAsync(Action<Dictionary<string, string?>>? configure = null, string? dataDirectory = null, string? environment = null,
        Action<WebApplication>? map = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("walletloyalty-test-").FullName;
        var settings = SampleSettings.For(dataDirectory);
        configure?.Invoke(settings);
        var app = WalletLoyaltyApp.Build(["--environment", environment ?? DefaultEnvironment], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            services?.Invoke(builder.Services);
        });
        map?.Invoke(app);
        await app.StartAsync();
        var address = app.Urls.First();
        return new ServiceHost(app, dataDirectory, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
