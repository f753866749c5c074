using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Data;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>
/// The real service on a loopback port in this process, on a <see cref="BenchmarkDatabase"/>, signing with the
/// sample certificates in <c>certs-sample</c> and serving the repository's templates. Several of them on one
/// PostgreSQL database are several nodes.
/// </summary>
public sealed class InProcessService : IAsyncDisposable
{
    public const string AdminKey = "benchmark-admin-key-0123456789abcdef";
    public const string PassTypeIdentifier = "pass.com.example.walletloyalty.demo";

    private readonly WebApplication _app;

    private InProcessService(WebApplication app, Uri baseAddress, RequestsInFlight inFlight)
    {
        _app = app;
        BaseAddress = baseAddress;
        InFlight = inFlight;
    }

    public Uri BaseAddress { get; }

    /// <summary>The requests this node is handling now, including those whose client stopped waiting.</summary>
    public RequestsInFlight InFlight { get; }

    /// <summary>The service's own services, for benchmarks that call the domain directly (e.g. the campaign runner).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The service's own database: the seeders and checks read and write through it, on either engine.</summary>
    public IDatabase Database => _app.Services.GetRequiredService<IDatabase>();

    public static string SamplePassCertificatePath => Path.Combine(RepositoryFolder.Root, "certs-sample", "pass-certificate.p12");
    public const string SamplePassCertificatePassword = "test-only";

    public static async Task<InProcessService> StartAsync(BenchmarkDatabase database, Action<Dictionary<string, string?>>? configure = null)
    {
        var certs = Path.Combine(RepositoryFolder.Root, "certs-sample");
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Templates:Path"] = Path.Combine(RepositoryFolder.Root, "templates"),
            ["Apple:PassTypeIdentifier"] = PassTypeIdentifier,
            ["Apple:TeamIdentifier"] = "WLTEST0001",
            ["Apple:CertificatePath"] = SamplePassCertificatePath,
            ["Apple:CertificatePassword"] = SamplePassCertificatePassword,
            ["Apple:WwdrCertificatePath"] = Path.Combine(certs, "test-wwdr-g4.pem"),
            ["Auth:BootstrapAdminKey"] = AdminKey,
            ["Logging:LogLevel:Default"] = "Warning",
            // Keys are kept unencrypted on purpose here (a throwaway database); the warning about it is noise.
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        };
        database.Apply(settings);
        configure?.Invoke(settings);
        var inFlight = new RequestsInFlight();
        var app = WalletLoyaltyApp.Build(["--environment", "Development"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddSingleton<IStartupFilter>(inFlight);
        });
        await app.StartAsync();
        return new InProcessService(app, new Uri(app.Urls.First()), inFlight);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
