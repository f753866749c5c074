using System.Data.Common;

namespace WalletLoyalty.Data;

/// <summary>Opens connections to the configured store. The only place that knows the provider.</summary>
public interface IDatabase
{
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>The migration set (a folder under Data/Migrations) for this provider.</summary>
    string MigrationSet { get; }

    /// <summary>
    /// Queues this process's writers in memory where the store takes one writer at a time (SQLite), so they
    /// wait their turn instead of in SQLite's sleeping busy handler. A no-op where writers run in parallel.
    /// </summary>
    ValueTask<IDisposable> EnterWriterQueueAsync(CancellationToken cancellationToken);

    /// <summary>True when the exception is a unique-constraint violation.</summary>
    bool IsUniqueViolation(Exception exception);
}
