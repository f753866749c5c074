using Microsoft.Extensions.Options;
using WalletLoyalty.PointsExpiry;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Server.PointsExpiry;

/// <summary>
/// Runs the expiry sweep at start and then every <see cref="PointsExpiryOptions.SweepIntervalMinutes"/>, on every node
/// (sweeps at once expire and remind once). Idle while no program's points expire.
/// </summary>
public sealed class PointsExpiryService(PointsExpirySweep sweep, ProgramCatalog programs, IOptions<PointsExpiryOptions> options, TimeProvider time,
    ILogger<PointsExpiryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (programs.All.All(p => p.Template.Mechanics.PointsExpiry is null))
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.SweepIntervalMinutes), time);
        do
        {
            try
            {
                var swept = await sweep.RunAsync(stoppingToken);
                logger.LogInformation("Points expiry took {Points} points from {Members} members and sent {Reminders} reminders",
                    swept.Points, swept.Members, swept.Reminders);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The points expiry sweep failed; it runs again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
