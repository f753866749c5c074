using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;
using WalletLoyalty.Campaigns;

namespace WalletLoyalty.Server.Health;

/// <summary>The Quartz scheduler that fires campaigns runs here, unless this node has it turned off.</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers, IOptions<CampaignOptions> campaigns) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!campaigns.Value.SchedulerEnabled)
        {
            return HealthCheckResult.Healthy("disabled on this node (Campaigns:SchedulerEnabled is false)");
        }
        IScheduler scheduler;
        try
        {
            scheduler = await schedulers.GetScheduler(cancellationToken);
        }
        catch (SchedulerException ex)
        {
            // The factory refuses to hand out a scheduler that has been shut down, and says so.
            return new HealthCheckResult(context.Registration.FailureStatus, ex.Message, ex);
        }
        return await scheduler.GetStatus(cancellationToken) switch
        {
            SchedulerStatus.Running => HealthCheckResult.Healthy("running"),
            SchedulerStatus.Standby => HealthCheckResult.Degraded("in standby: fires nothing until started again"),
            SchedulerStatus.Created => new HealthCheckResult(context.Registration.FailureStatus, "not started yet"),
            SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown => new HealthCheckResult(context.Registration.FailureStatus, "shut down"),
            _ => new HealthCheckResult(context.Registration.FailureStatus, "state unknown"),
        };
    }
}
