using WalletLoyalty.Tiers;

namespace WalletLoyalty.Server.Tiers;

/// <summary>Runs the tier sweep at start and then every <see cref="TierOptions.SweepIntervalHours"/>, on every node (sweeps may overlap safely).</summary>
public sealed class TierSweepService(TierSweep sweep, TierOptions options, TimeProvider time, ILogger<TierSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.SweepIntervalHours), time);
        do
        {
            try
            {
                var moved = await sweep.RunAsync(stoppingToken);
                logger.LogInformation("Tier sweep: {Grace} members entered grace, {Down} dropped a tier, {Kept} kept theirs, {Up} moved up; {Recounted} rows recounted",
                    moved.GraceStarted, moved.Downgraded, moved.Kept, moved.Upgraded, moved.Recounted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The tier sweep failed; it runs again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
