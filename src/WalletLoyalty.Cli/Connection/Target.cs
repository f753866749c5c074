using System.CommandLine;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging.Abstractions;
using WalletLoyalty.Data;

namespace WalletLoyalty.Cli.Connection;

/// <summary>
/// Where a command works: on a running service (<c>--url</c> with <c>--key</c>), or directly on its database
/// (<c>--sqlite</c>, the default file of a service started in the same folder, or <c>--postgres</c>).
/// </summary>
public sealed class Target
{
    public const string KeyVariable = "WALLETLOYALTY_KEY";

    private readonly Option<string> _sqlite = new("--sqlite")
    {
        Description = "Work directly on this SQLite database file (default: data/walletloyalty.db, as the service uses).",
        DefaultValueFactory = _ => new StorageOptions().Path,
    };
    private readonly Option<string?> _postgres = new("--postgres") { Description = "Work directly on this PostgreSQL database (an Npgsql connection string)." };
    private readonly Option<string?> _url = new("--url") { Description = "Work through a running service at this address, e.g. http://127.0.0.1:5080." };
    private readonly Option<string?> _key = new("--key") { Description = $"The API key for --url (default: the {KeyVariable} environment variable)." };

    public void AddTo(Command command)
    {
        command.Options.Add(_sqlite);
        command.Options.Add(_postgres);
        command.Options.Add(_url);
        command.Options.Add(_key);
    }

    public bool IsService(ParseResult result) => result.GetValue(_url) is not null;

    /// <summary>An HTTP client for the service, authenticated with the key.</summary>
    public HttpClient ServiceClient(ParseResult result)
    {
        var key = result.GetValue(_key) ?? Environment.GetEnvironmentVariable(KeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new CommandProblem($"--url needs an API key: pass --key or set {KeyVariable}.");
        }
        if (!Uri.TryCreate(result.GetValue(_url), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            throw new CommandProblem($"--url: '{result.GetValue(_url)}' is not an http(s) address, e.g. http://127.0.0.1:5080");
        }
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Runs <paramref name="work"/> on the database, brought to the current schema first (as the service does when it starts).</summary>
    public async Task<T> OnDatabaseAsync<T>(ParseResult result, Func<IDatabase, Task<T>> work, CancellationToken cancellationToken)
    {
        var database = await OpenDatabaseAsync(result, cancellationToken);
        try
        {
            return await work(database);
        }
        finally
        {
            if (database is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    private async Task<IDatabase> OpenDatabaseAsync(ParseResult result, CancellationToken cancellationToken)
    {
        IDatabase database;
        if (result.GetValue(_postgres) is { Length: > 0 } connectionString)
        {
            database = new PostgresDatabase(connectionString);
        }
        else
        {
            var path = Path.GetFullPath(result.GetValue(_sqlite)!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            database = new SqliteDatabase(path);
        }
        await new MigrationRunner(database, NullLogger<MigrationRunner>.Instance).ApplyAsync(cancellationToken);
        return database;
    }
}
