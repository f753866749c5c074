using Dapper;
using Npgsql;

namespace WalletLoyalty.Benchmarks.Stores;

/// <summary>
/// The till's tables in a schema of their own, dropped afterwards; connections from Npgsql's pool, one per earn.
/// Writers go straight to the server, which serialises them only where they touch the same rows.
/// </summary>
public sealed class PostgresEarnStore : IEarnStore
{
    private readonly NpgsqlDataSource _source;
    private readonly string _schema = "walletloyalty_stores_" + Guid.NewGuid().ToString("N")[..12];
    private readonly bool _synchronousCommit;

    public PostgresEarnStore(string connectionString, bool synchronousCommit, int members)
    {
        _synchronousCommit = synchronousCommit;
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = _schema };
        if (!synchronousCommit)
        {
            builder.Options = ((builder.Options ?? "") + " -c synchronous_commit=off").Trim();
        }
        _source = NpgsqlDataSource.Create(builder);
        using var connection = _source.OpenConnection();
        connection.Execute($"CREATE SCHEMA {_schema}");
        connection.Execute(Schema);
        connection.Execute("INSERT INTO members (id, points_balance) SELECT g, 0 FROM generate_series(1, @members) AS g", new { members });
        var settings = connection.QuerySingle<(string Version, string Fsync, string SynchronousCommit, string WalSyncMethod)>(
            "SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('wal_sync_method')");
        Server = builder.Host is { } host && !host.StartsWith('/')
            ? $"PostgreSQL {settings.Version} over TCP to {host}"
            : $"PostgreSQL {settings.Version} over a Unix socket";
        Durability = settings.SynchronousCommit == "off"
            ? $"`synchronous_commit=off` for these connections (`fsync={settings.Fsync}`): commits return before the WAL is flushed; a crash may lose commits of the last 3 × `wal_writer_delay`, never corrupts"
            : $"`fsync={settings.Fsync}`, `synchronous_commit={settings.SynchronousCommit}`, `wal_sync_method={settings.WalSyncMethod}` (server defaults): every commit waits for the WAL flush";
    }

    public string Name => _synchronousCommit ? "PostgreSQL" : "PostgreSQL, synchronous_commit=off";

    public string Durability { get; }

    /// <summary>Version and how it is reached, e.g. "PostgreSQL 15.14 over TCP to 127.0.0.1".</summary>
    public string Server { get; }

    public void Earn(TillEarn earn)
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        EarnStatements.Run(connection, transaction, earn);
        transaction.Commit();
    }

    public StoreTotals Totals()
    {
        using var connection = _source.OpenConnection();
        return EarnStatements.Totals(connection);
    }

    public void Dispose()
    {
        using (var connection = _source.OpenConnection())
        {
            connection.Execute($"DROP SCHEMA {_schema} CASCADE");
        }
        _source.Dispose();
    }

    private const string Schema = """
        CREATE TABLE members (id BIGINT PRIMARY KEY, points_balance BIGINT NOT NULL CHECK (points_balance >= 0));
        CREATE TABLE idempotency_keys (idempotency_key TEXT PRIMARY KEY, response_body TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL);
        CREATE TABLE ledger_entries (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, member_id BIGINT NOT NULL, kind TEXT NOT NULL, points BIGINT NOT NULL,
            receipt_id TEXT, occurred_at TIMESTAMPTZ NOT NULL);
        CREATE INDEX ix_ledger_entries_member ON ledger_entries (member_id);
        CREATE TABLE outbox (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, channel TEXT NOT NULL, target TEXT NOT NULL, status TEXT NOT NULL,
            not_before TIMESTAMPTZ NOT NULL, created_at TIMESTAMPTZ NOT NULL);
        CREATE INDEX ix_outbox_status ON outbox (status);
        """;
}
