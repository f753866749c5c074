using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace WalletLoyalty.Data;

public sealed class SqliteDatabase : IDatabase
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public SqliteDatabase(string path)
    {
        DapperSetup.Once();
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        FilePath = fullPath;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Writers queue on SQLite's lock; this is how long one waits before giving up.
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>For components that open their own connections to the same file (the Quartz job store).</summary>
    public string ConnectionString { get; }

    public string MigrationSet => "Sqlite";

    public string SkipLocked => "";

    public const string NextPassTagSql =
        "UPDATE counters SET value = value + 1 WHERE name = 'pass_update_tag' RETURNING value";

    public string PassTagsSeenSql => "NULL";

    public string PassTagRepairSql => "";

    private readonly SemaphoreSlim _writer = new(1, 1);

    public async ValueTask<IDisposable> EnterWriterQueueAsync(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        return new WriterTurn(_writer);
    }

    private sealed class WriterTurn(SemaphoreSlim writer) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                writer.Release();
            }
        }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // FULL syncs the WAL at every commit, so an acknowledged earn survives a power cut, not only a crash.
        // A 32 MB page cache (the default is 2 MB) keeps the indexes a campaign batch touches in memory;
        // it fills only as pages are read, so connections that do small lookups stay small.
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000; PRAGMA cache_size = -32000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>SQLite takes one writer at a time, so the migrations' own transactions already exclude another process.</summary>
    public async Task<IAsyncDisposable> LockForMigrationsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets the till's readers and the push dispatcher read while one writer commits.
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
        return NoLock.Instance;
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19 } sqlite
        && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;
}
