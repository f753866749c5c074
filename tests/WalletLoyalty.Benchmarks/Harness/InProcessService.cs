using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>
/// The real service on a loopback port in this process, with its own SQLite database in a temporary folder,
/// signing with the sample certificates in <c>certs-sample</c> and serving the repository's templates.
/// </summary>
public sealed class InProcessService : IAsyncDisposable
{
    public const string AdminKey = "benchmark-admin-key-0123456789abcdef";
    public const string PassTypeIdentifier = "pass.com.example.walletloyalty.demo";

    private readonly WebApplication _app;

    private InProcessService(WebApplication app, string folder, string databasePath, Uri baseAddress)
    {
        _app = app;
        Folder = folder;
        DatabasePath = databasePath;
        BaseAddress = baseAddress;
    }

    public string Folder { get; }
    public string DatabasePath { get; }
    public Uri BaseAddress { get; }

    /// <summary>The service's own services, for benchmarks that call the domain directly (e.g. the campaign runner).</summary>
    public IServiceProvider Services => _app.Services;

    public static string SamplePassCertificatePath => Path.Combine(RepositoryFolder.Root, "certs-sample", "pass-certificate.p12");
    public const string SamplePassCertificatePassword = "test-only";

    public static async Task<InProcessService> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var folder = Directory.CreateTempSubdirectory("walletloyalty-bench-").FullName;
        var databasePath = Path.Combine(folder, "walletloyalty.db");
        var certs = Path.Combine(RepositoryFolder.Root, "certs-sample");
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Storage:Path"] = databasePath,
            ["Templates:Path"] = Path.Combine(RepositoryFolder.Root, "templates"),
            ["Apple:PassTypeIdentifier"] = PassTypeIdentifier,
            ["Apple:TeamIdentifier"] = "WLTEST0001",
            ["Apple:CertificatePath"] = SamplePassCertificatePath,
            ["Apple:CertificatePassword"] = SamplePassCertificatePassword,
            ["Apple:WwdrCertificatePath"] = Path.Combine(certs, "test-wwdr-g4.pem"),
            ["Auth:BootstrapAdminKey"] = AdminKey,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        configure?.Invoke(settings);
        var app = WalletLoyaltyApp.Build([], builder => builder.Configuration.AddInMemoryCollection(settings));
        await app.StartAsync();
        return new InProcessService(app, folder, databasePath, new Uri(app.Urls.First()));
    }

    /// <summary>A connection to the service's database beside the service's own (WAL, busy timeout as the service sets).</summary>
    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the temporary folder is left behind.
        }
    }
}
