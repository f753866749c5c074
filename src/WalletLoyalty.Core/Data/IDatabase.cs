using System.Data.Common;

namespace WalletLoyalty.Data;

/// <summary>Opens connections to the configured store. What differs between providers lives behind it.</summary>
public interface IDatabase
{
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>The migration set (a folder under Data/Migrations) for this provider.</summary>
    string MigrationSet { get; }

    /// <summary>
    /// Appended to a SELECT that picks rows to claim: <c>FOR UPDATE SKIP LOCKED</c> where several writers
    /// claim at once (PostgreSQL), so two nodes never pick the same row and neither waits for the other.
    /// Empty where one writer at a time holds the whole database (SQLite).
    /// </summary>
    string SkipLocked { get; }

    /// <summary>
    /// Queues this process's writers in memory where the store takes one writer at a time (SQLite), so they
    /// wait their turn instead of in SQLite's sleeping busy handler. A no-op where writers run in parallel.
    /// </summary>
    ValueTask<IDisposable> EnterWriterQueueAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Readies the connection migrations run on and holds it for this process alone until disposed, so
    /// that nodes starting at the same moment apply each script once.
    /// </summary>
    Task<IAsyncDisposable> LockForMigrationsAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>True when the exception is a unique-constraint violation.</summary>
    bool IsUniqueViolation(Exception exception);
}
