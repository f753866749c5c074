using System.Data.Common;
using Dapper;
using WalletLoyalty.Audit;
using WalletLoyalty.Data;

namespace WalletLoyalty.Imports;

/// <summary>The import jobs and their progress.</summary>
public sealed class ImportJobs(IDatabase database, TimeProvider time)
{
    private const string Columns = """
        id AS Id, program_id AS ProgramId, kind AS Kind, status AS Status, file_name AS FileName, rows_total AS RowsTotal,
        rows_done AS RowsDone, error_count AS ErrorCount, failure AS Failure, api_key_id AS ApiKeyId, created_at AS CreatedAt,
        finished_at AS FinishedAt
        """;

    public async Task<ImportJob> CreateAsync(string programId, string kind, string fileName, long rowsTotal, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        long id;
        using (await database.EnterWriterQueueAsync(cancellationToken))
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            id = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO import_jobs (program_id, kind, status, file_name, rows_total, api_key_id, created_at)
                VALUES (@programId, @kind, 'running', @fileName, @rowsTotal, @apiKeyId, @now)
                RETURNING id
                """,
                new { programId, kind, fileName, rowsTotal, apiKeyId = actor.KeyId == 0 ? (long?)null : actor.KeyId, now }, transaction);
            await AuditTrail.RecordAsync(connection, transaction, actor, AuditTrail.ImportStarted, $"import {id} ({kind}, {rowsTotal} rows)", programId, now);
            await transaction.CommitAsync(cancellationToken);
        }
        return (await FindAsync(id, cancellationToken))!;
    }

    public async Task<ImportJob?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ImportJob>($"SELECT {Columns} FROM import_jobs WHERE id = @id", new { id });
    }

    public async Task<IReadOnlyList<ImportJob>> UnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ImportJob>($"SELECT {Columns} FROM import_jobs WHERE status = 'running' ORDER BY id")).AsList();
    }

    public async Task<IReadOnlyList<ImportLineError>> ErrorsAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ImportLineError>(
            "SELECT line AS Line, message AS Message FROM import_errors WHERE import_id = @id ORDER BY line", new { id })).AsList();
    }

    public Task CompleteAsync(long id, CancellationToken cancellationToken) => FinishAsync(id, ImportJob.Completed, null, cancellationToken);

    public Task FailAsync(long id, string failure, CancellationToken cancellationToken) => FinishAsync(id, ImportJob.Failed, failure, cancellationToken);

    private async Task FinishAsync(long id, string status, string? failure, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE import_jobs SET status = @status, failure = @failure, finished_at = @now WHERE id = @id AND status = 'running'",
            new { id, status, failure, now = time.GetUtcNow() });
    }

    /// <summary>
    /// Commits a batch's progress in the batch's transaction, and only if the job is still where this worker
    /// left it: should two workers ever run one job, the second to commit a batch rolls it back and stops.
    /// </summary>
    public static async Task AdvanceAsync(DbConnection connection, DbTransaction transaction, ImportProgress progress, IReadOnlyList<ImportLineError> errors, int storeErrors)
    {
        var advanced = await connection.ExecuteAsync(
            """
            UPDATE import_jobs SET rows_done = @after, error_count = error_count + @errorCount
            WHERE id = @JobId AND rows_done = @before AND status = 'running'
            """,
            new { progress.JobId, before = progress.RowsDone, after = progress.RowsDone + progress.BatchRows, errorCount = (long)errors.Count }, transaction);
        if (advanced != 1)
        {
            throw new ImportTakenOverException(progress.JobId);
        }
        await new RowValues<ImportLineError>("refused", errors.Take(storeErrors).ToList())
            .Long("line", e => e.Line).Text("message", e => e.Message)
            .ExecuteAsync(connection, transaction,
                "INSERT INTO import_errors (import_id, line, message) SELECT @jobId, line, message FROM refused", new { jobId = progress.JobId });
    }
}

/// <summary>Where a job stands when a batch starts, and how many data rows the batch holds.</summary>
public sealed record ImportProgress(long JobId, long RowsDone, int BatchRows);

public sealed class ImportTakenOverException(long jobId) : Exception($"Import {jobId} moved on under another worker");
