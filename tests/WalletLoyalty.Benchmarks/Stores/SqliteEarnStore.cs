using Dapper;
using Microsoft.Data.Sqlite;

namespace WalletLoyalty.Benchmarks.Stores;

/// <summary>
/// The till's tables in a SQLite file in a temporary folder (WAL), opened per earn from the pool with the service's
/// pragmas, writers taking turns in a process-wide queue as <c>SqliteDatabase.EnterWriterQueueAsync</c> makes them.
/// </summary>
public sealed class SqliteEarnStore : IEarnStore
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly string _folder;
    private readonly string _connectionString;
    private readonly string _synchronous;

    public SqliteEarnStore(string synchronous, int members)
    {
        _synchronous = synchronous;
        _folder = Directory.CreateTempSubdirectory("walletloyalty-stores-").FullName;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_folder, "till.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
        connection.Execute(Schema);
        connection.Execute(
            "WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n WHERE id < @members) INSERT INTO members (id, points_balance) SELECT id, 0 FROM n",
            new { members });
    }

    public string Name => $"SQLite, synchronous={_synchronous}";

    public string Durability => _synchronous == "FULL"
        ? "WAL, `synchronous=FULL`: every commit waits for fsync of the WAL"
        : "WAL, `synchronous=NORMAL`: commits reach the OS; fsync only at checkpoints (a power cut may lose the last commits, never corrupts)";

    public void Earn(TillEarn earn)
    {
        _writer.Wait();
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            EarnStatements.Run(connection, transaction, earn);
            transaction.Commit();
        }
        finally
        {
            _writer.Release();
        }
    }

    public StoreTotals Totals()
    {
        using var connection = Open();
        return EarnStatements.Totals(connection);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        connection.Execute($"PRAGMA synchronous = {_synchronous}; PRAGMA busy_timeout = 30000; PRAGMA cache_size = -32000;");
        return connection;
    }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }
        _writer.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private const string Schema = """
        CREATE TABLE members (id INTEGER PRIMARY KEY, points_balance INTEGER NOT NULL CHECK (points_balance >= 0));
        CREATE TABLE idempotency_keys (idempotency_key TEXT PRIMARY KEY, response_body TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE ledger_entries (
            id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL, kind TEXT NOT NULL, points INTEGER NOT NULL,
            receipt_id TEXT, occurred_at TEXT NOT NULL);
        CREATE INDEX ix_ledger_entries_member ON ledger_entries (member_id);
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY, channel TEXT NOT NULL, target TEXT NOT NULL, status TEXT NOT NULL,
            not_before TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE INDEX ix_outbox_status ON outbox (status);
        """;
}
