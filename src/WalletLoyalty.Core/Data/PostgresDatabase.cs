using System.Data.Common;
using Dapper;
using Npgsql;

namespace WalletLoyalty.Data;

/// <summary>PostgreSQL for several identical nodes: writers run in parallel, claims skip locked rows.</summary>
public sealed class PostgresDatabase : IDatabase, IAsyncDisposable
{
    // Any fixed number; every node of one installation takes the same session-level advisory lock.
    private const long MigrationLockKey = 0x57_4C_4D_49_47; // "WLMIG"
    private const string UniqueViolation = "23505";

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString)
    {
        DapperSetup.Once();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            // The same few dozen statements run all day (till, outbox, campaign batches): prepare them once
            // per connection instead of planning each again. An operator's own setting is kept.
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }
        ConnectionString = builder.ConnectionString;
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>For components that open their own connections (the Quartz job store).</summary>
    public string ConnectionString { get; }

    public string MigrationSet => "Postgres";

    public string SkipLocked => " FOR UPDATE SKIP LOCKED";

    // pg_current_xact_id() is the 64-bit transaction id (it never wraps); every transaction that can still
    // commit has an id at or after the snapshot's xmin.
    public const string NextPassTagSql =
        "SELECT value + pg_current_xact_id()::text::bigint FROM counters WHERE name = 'pass_update_tag'";

    public string PassTagsSeenSql =>
        "(SELECT value + pg_snapshot_xmin(pg_current_snapshot())::text::bigint - 1 FROM counters WHERE name = 'pass_update_tag')";

    public string PassTagRepairSql => """
        UPDATE counters SET value = (SELECT MAX(update_tag) FROM passes)
        WHERE name = 'pass_update_tag'
          AND (SELECT MAX(update_tag) FROM passes) >= value + pg_current_xact_id()::text::bigint
        """;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public ValueTask<IDisposable> EnterWriterQueueAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IDisposable>(NoTurn.Instance);

    public async Task<IAsyncDisposable> LockForMigrationsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey }, cancellationToken: cancellationToken));
        return new AdvisoryLock(connection);
    }

    public bool IsUniqueViolation(Exception exception) => exception is PostgresException { SqlState: UniqueViolation };

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private sealed class AdvisoryLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey });
    }

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();

        public void Dispose()
        {
        }
    }
}
