using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using WalletLoyalty.Data;

namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>
/// A fresh database for one measurement: a SQLite file in a temporary folder, or a PostgreSQL database created on
/// the <c>--postgres</c> server. Disposing it deletes the folder and drops the database. Every service started on
/// it gets the same storage settings, so two of them are two nodes of one installation.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    /// <summary>Connections each PostgreSQL node may open (its Npgsql pool), for the report.</summary>
    public const int MaxPoolSize = 50;

    private readonly string? _server;
    private readonly string? _name;

    private BenchmarkDatabase(string folder, string? server, string? name)
    {
        Folder = folder;
        _server = server;
        _name = name;
    }

    /// <summary>A temporary folder of this database's own: the SQLite file and its key ring, or nothing but scratch files.</summary>
    public string Folder { get; }

    public bool IsPostgres => _server is not null;

    /// <summary>Where the data is, for progress lines: a file, or a database on a server.</summary>
    public string Description => _name is null ? SqlitePath : $"PostgreSQL database {_name}";

    private string SqlitePath => Path.Combine(Folder, "walletloyalty.db");

    public static async Task<BenchmarkDatabase> CreateAsync(StoreSetup setup, BenchmarkOptions options)
    {
        var folder = Directory.CreateTempSubdirectory("walletloyalty-bench-").FullName;
        if (!setup.IsPostgres)
        {
            return new BenchmarkDatabase(folder, null, null);
        }
        var server = options.Postgres ?? throw new InvalidOperationException($"{setup.Name}: {StoreSetup.NotMeasured}");
        var name = "walletloyalty_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await connection.ExecuteAsync($"CREATE DATABASE {name}");
        return new BenchmarkDatabase(folder, server, name);
    }

    /// <summary>The storage settings every node of this database starts with.</summary>
    public void Apply(Dictionary<string, string?> settings)
    {
        if (_server is null)
        {
            settings["Storage:Provider"] = StorageOptions.Sqlite;
            settings["Storage:Path"] = SqlitePath;
            return;
        }
        settings["Storage:Provider"] = StorageOptions.Postgres;
        // Every setup's nodes stay up for the whole run, so their pools together must fit the server's
        // max_connections (300 on the benchmark's throwaway server), not 100 each as Npgsql's default would take.
        settings["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(_server) { Database = _name, MaxPoolSize = MaxPoolSize }.ConnectionString;
    }

    /// <summary>
    /// After a bulk load: PostgreSQL gets the planner statistics that autovacuum would gather within a minute on a
    /// live database, so the measured queries are not planned for empty tables. SQLite is left as the service runs
    /// it, without statistics.
    /// </summary>
    public async Task AfterBulkLoadAsync(IDatabase database)
    {
        if (_server is null)
        {
            return;
        }
        await using var connection = await database.OpenAsync();
        // Dapper takes one word without spaces for a stored procedure's name unless told it is text.
        await connection.ExecuteAsync(new CommandDefinition("ANALYZE", commandType: System.Data.CommandType.Text));
    }

    /// <summary>The server's version and durability settings, for the report; null for SQLite.</summary>
    public async Task<string?> DescribeServerAsync()
    {
        if (_server is null)
        {
            return null;
        }
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        var s = await connection.QuerySingleAsync<(string Version, string Fsync, string SynchronousCommit, string WalSyncMethod)>(
            "SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('wal_sync_method')");
        var host = new NpgsqlConnectionStringBuilder(_server).Host;
        var reached = host is { } h && !h.StartsWith('/') ? $"over TCP to {h}" : "over a Unix socket";
        return $"PostgreSQL {s.Version} {reached} on the same machine, `fsync={s.Fsync}`, `synchronous_commit={s.SynchronousCommit}`, `wal_sync_method={s.WalSyncMethod}`, at most {MaxPoolSize} pooled connections per node";
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is null)
        {
            SqliteConnection.ClearAllPools();
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await connection.ExecuteAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }
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
