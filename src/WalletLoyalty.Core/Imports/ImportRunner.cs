using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Imports;

/// <summary>
/// Runs an import from where its last committed batch left it: each batch of rows is read, checked and
/// written in one transaction together with the job's progress and the batch's refused lines, so a crash
/// loses at most the batch in flight, which the next run does again.
/// </summary>
public sealed class ImportRunner(IDatabase database, ImportJobs jobs, ImportFolder folder, ProgramCatalog programs, TimeProvider time,
    IOptions<ImportOptions> options, ILogger<ImportRunner> logger)
{
    private const int Attempts = 3;

    public async Task RunAsync(ImportJob job, CancellationToken cancellationToken)
    {
        var path = folder.PathOf(job.FileName);
        if (programs.Find(job.ProgramId) is not { } program)
        {
            await jobs.FailAsync(job.Id, $"the program '{job.ProgramId}' is no longer configured", cancellationToken);
            return;
        }
        try
        {
            var (file, problem) = ImportFile.Open(path, job.Kind);
            if (file is null)
            {
                await jobs.FailAsync(job.Id, problem!, cancellationToken);
                return;
            }
            using (file)
            {
                file.Skip(job.RowsDone);
                var done = job.RowsDone;
                var errors = job.ErrorCount;
                while (ReadBatch(file) is { Count: > 0 } batch)
                {
                    var refused = await WriteWithRetriesAsync(program, job, new ImportProgress(job.Id, done, batch.Count), batch, errors, cancellationToken);
                    done += batch.Count;
                    errors += refused;
                }
            }
            await SettleTiersAsync(program, job, cancellationToken);
            await jobs.CompleteAsync(job.Id, cancellationToken);
            folder.Delete(job.FileName);
            logger.LogInformation("Import {Import} of {Kind} for {Program} completed", job.Id, job.Kind, job.ProgramId);
        }
        catch (ImportTakenOverException)
        {
            logger.LogWarning("Import {Import} is being run by another worker; this one stops", job.Id);
        }
        catch (Exception ex) when (ex is CsvHelper.CsvFormatException or CsvHelper.CsvValidationException or IOException)
        {
            logger.LogWarning(ex, "Import {Import} failed", job.Id);
            await SettleTiersAsync(program, job, CancellationToken.None); // the batches before the bad line are in
            await jobs.FailAsync(job.Id, "the file could not be read as CSV: " + ex.Message, CancellationToken.None);
            folder.Delete(job.FileName);
        }
    }

    /// <summary>The tier and cards of every member the purchases credited, a chunk per transaction until none is left (so a restart finishes them).</summary>
    private async Task SettleTiersAsync(LoyaltyProgram program, ImportJob job, CancellationToken cancellationToken)
    {
        if (job.Kind != ImportKind.Purchases)
        {
            return;
        }
        while (true)
        {
            using var turn = await database.EnterWriterQueueAsync(cancellationToken);
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var settled = await ImportTiers.SettleNextAsync(connection, transaction, program, job.Id, options.Value.BatchRows, time.GetUtcNow());
            await transaction.CommitAsync(cancellationToken);
            if (settled == 0)
            {
                return;
            }
        }
    }

    private List<ImportRecord> ReadBatch(ImportFile file)
    {
        var batch = new List<ImportRecord>(options.Value.BatchRows);
        while (batch.Count < options.Value.BatchRows && file.Next() is { } record)
        {
            batch.Add(record);
        }
        return batch;
    }

    private async Task<long> WriteWithRetriesAsync(LoyaltyProgram program, ImportJob job, ImportProgress progress, List<ImportRecord> batch, long errorsSoFar,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteAsync(program, job, progress, batch, errorsSoFar, cancellationToken);
            }
            catch (Exception ex) when (attempt < Attempts && database.IsUniqueViolation(ex))
            {
                // A till credited one of the batch's receipts, or enrolled a member number, since the batch looked; it looks again.
            }
        }
    }

    private async Task<long> WriteAsync(LoyaltyProgram program, ImportJob job, ImportProgress progress, List<ImportRecord> batch, long errorsSoFar,
        CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var refused = new List<ImportLineError>();
        if (job.Kind == ImportKind.Members)
        {
            var rows = new List<MemberRow>(batch.Count);
            foreach (var record in batch)
            {
                var (row, error) = MemberRow.Read(record, program, now);
                if (row is null)
                {
                    refused.Add(new ImportLineError(record.Line, error!));
                }
                else
                {
                    rows.Add(row);
                }
            }
            await MemberBatch.WriteAsync(connection, transaction, program, job, rows, now);
        }
        else
        {
            var rows = new List<PurchaseRow>(batch.Count);
            foreach (var record in batch)
            {
                var (row, error) = PurchaseRow.Read(record, program, now);
                if (row is null)
                {
                    refused.Add(new ImportLineError(record.Line, error!));
                }
                else
                {
                    rows.Add(row);
                }
            }
            refused.AddRange(await PurchaseBatch.WriteAsync(connection, transaction, program, job, rows));
        }
        var room = (int)Math.Clamp(options.Value.MaxStoredErrors - errorsSoFar, 0, int.MaxValue);
        await ImportJobs.AdvanceAsync(connection, transaction, progress, refused, room);
        await transaction.CommitAsync(cancellationToken);
        return refused.Count;
    }
}
