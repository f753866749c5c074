using WalletLoyalty.Imports;

namespace WalletLoyalty.Server.Imports;

/// <summary>
/// Runs accepted imports one after another, and at start continues those a stop or crash interrupted, from
/// their last committed batch. A node runs the imports whose file it holds (the upload went to it).
/// </summary>
public sealed class ImportWorker(ImportJobs jobs, ImportRunner runner, ImportFolder folder, ImportSignal signal, ILogger<ImportWorker> logger) : BackgroundService
{
    // Also looks now and then without a signal, for a job another node's worker gave up (ImportTakenOverException).
    private static readonly TimeSpan Rest = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var job in await jobs.UnfinishedAsync(stoppingToken))
                {
                    if (folder.Holds(job.FileName))
                    {
                        logger.LogInformation("Import {Import}: running from row {Row} of {Rows}", job.Id, job.RowsDone, job.RowsTotal);
                        await runner.RunAsync(job, stoppingToken);
                    }
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Imports stopped on an error; trying again shortly");
            }
            try
            {
                await signal.WaitAsync(Rest, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
