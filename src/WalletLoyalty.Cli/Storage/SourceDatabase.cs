using Dapper;
using Microsoft.Data.Sqlite;

namespace WalletLoyalty.Cli.Storage;

/// <summary>
/// The SQLite file, opened read-only in one read transaction, so every table is read and counted as it
/// stood at one moment.
/// </summary>
public sealed class SourceDatabase : IAsyncDisposable
{
    private SourceDatabase(SqliteConnection connection, SqliteTransaction snapshot)
    {
        Connection = connection;
        Snapshot = snapshot;
    }

    public SqliteConnection Connection { get; }

    /// <summary>The read transaction every statement on <see cref="Connection"/> runs in.</summary>
    public SqliteTransaction Snapshot { get; }

    public static async Task<SourceDatabase> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new CopyRefusedException($"--from-sqlite: {fullPath} does not exist; give the service's Storage:Path file.");
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        return new SourceDatabase(connection, connection.BeginTransaction(deferred: true));
    }

    /// <summary>The newest migration applied, or null when the file has no migration history.</summary>
    public async Task<int?> SchemaVersionAsync()
    {
        var hasHistory = await Connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'", transaction: Snapshot);
        return hasHistory == 0
            ? null
            : await Connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_migrations", transaction: Snapshot);
    }

    /// <summary>Every table but SQLite's own and the migration history, which the target keeps for itself.</summary>
    public async Task<IReadOnlyList<SourceTable>> TablesAsync()
    {
        var names = await Connection.QueryAsync<string>(
            """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name <> 'schema_migrations'
            ORDER BY name
            """, transaction: Snapshot);
        var tables = new List<SourceTable>();
        foreach (var name in names)
        {
            var columns = await Connection.QueryAsync<string>("SELECT name FROM pragma_table_info(@name) ORDER BY cid", new { name }, Snapshot);
            var references = await Connection.QueryAsync<string>("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(@name)", new { name }, Snapshot);
            tables.Add(new SourceTable(name, columns.AsList(), references.ToHashSet(StringComparer.OrdinalIgnoreCase)));
        }
        return tables;
    }

    public async Task<long> CountAsync(string table) =>
        await Connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {Identifiers.Quote(table)}", transaction: Snapshot);

    public async ValueTask DisposeAsync()
    {
        await Snapshot.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
