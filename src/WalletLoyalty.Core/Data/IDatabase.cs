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

    /// <summary>
    /// A scalar expression for the newest pass update tag (<see cref="Passes.PassChanges"/>) such that every change with this tag or an earlier one is
    /// visible to the statement it is in; NULL where tags commit in their order (then the newest tag read is).
    /// </summary>
    string PassTagsSeenSql { get; }

    /// <summary>
    /// Run after the migrations on every start, under their lock: keeps new tags after every stored one, for
    /// example after a restore into a fresh PostgreSQL cluster whose transaction ids start low again. Empty
    /// where there is nothing to keep.
    /// </summary>
    string PassTagRepairSql { get; }

    /// <summary>True when the exception is a unique-constraint violation.</summary>
    bool IsUniqueViolation(Exception exception);
}
