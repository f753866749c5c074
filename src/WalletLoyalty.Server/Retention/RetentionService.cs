using Microsoft.Extensions.Options;
using WalletLoyalty.Retention;

namespace WalletLoyalty.Server.Retention;

/// <summary>Runs the retention sweep at start and then every <see cref="RetentionOptions.SweepIntervalMinutes"/>, on every node (sweeps may overlap safely).</summary>
public sealed class RetentionService(RetentionSweep sweep, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.SweepIntervalMinutes), time);
        do
        {
            try
            {
                var pruned = await sweep.RunAsync(stoppingToken);
                logger.LogInformation("Retention pruned {Outbox} outbox rows, {Keys} idempotency keys, {Logs} device logs, {Nonces} callback nonces, {Notifications} notification times, {Erased} registrations of erased members",
                    pruned.OutboxRows, pruned.IdempotencyKeys, pruned.DeviceLogs, pruned.CallbackNonces, pruned.GoogleNotifications, pruned.ErasedMemberDevices);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The retention sweep failed; it runs again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
