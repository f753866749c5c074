using System.Security.Cryptography;
using System.Text;
using Npgsql;
using WalletLoyalty.Data;

namespace WalletLoyalty.Tests.Support;

/// <summary>
/// The engine the data tests run on: SQLite, or PostgreSQL when <see cref="Variable"/> holds a connection
/// string to a server where the tests may create databases (scripts/test.sh starts a throwaway one).
/// </summary>
public static class TestEngine
{
    public const string Variable = "WALLETLOYALTY_TEST_POSTGRES";

    private static readonly Lock Creating = new();

    public static string? PostgresServer => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static bool IsPostgres => PostgresServer is not null;

    /// <summary>Points the settings at the data directory's own database: the same folder, the same database, so a restarted service finds its data.</summary>
    public static void Apply(Dictionary<string, string?> settings, string dataDirectory)
    {
        if (PostgresServer is not { } server)
        {
            return;
        }
        settings["Storage:Provider"] = StorageOptions.Postgres;
        settings["Storage:ConnectionString"] = CreateDatabase(server, DatabaseName(dataDirectory));
    }

    /// <summary>The service's database as the settings name it, for a test to read and seed.</summary>
    public static IDatabase Open(IReadOnlyDictionary<string, string?> settings) =>
        settings.TryGetValue("Storage:Provider", out var provider) && provider == StorageOptions.Postgres
            ? new PostgresDatabase(settings["Storage:ConnectionString"]!)
            : new SqliteDatabase(settings["Storage:Path"]!);

    private static string DatabaseName(string dataDirectory) =>
        "wl_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..20];

    private static string CreateDatabase(string server, string name)
    {
        lock (Creating)
        {
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if (exists.ExecuteScalar() is null)
            {
                using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                create.ExecuteNonQuery();
            }
        }
        // Short-lived idle connections: hundreds of test databases must not keep the server's slots.
        return new NpgsqlConnectionStringBuilder(server)
        {
            Database = name,
            ConnectionIdleLifetime = 5,
            ConnectionPruningInterval = 1,
            MaxPoolSize = 40,
        }.ToString();
    }
}
