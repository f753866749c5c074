using WalletLoyalty.Campaigns;

namespace WalletLoyalty.Server.Campaigns;

/// <summary>
/// At start, continues every run that was sending when the service stopped (a crash, a deploy, a
/// shutdown between batches). Continuing twice is harmless: members are claimed once.
/// </summary>
public sealed class CampaignRecovery(CampaignStore campaigns, CampaignSchedule schedule, TimeProvider time, ILogger<CampaignRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (runId, campaignId) in await campaigns.RunsStillSendingAsync(cancellationToken))
        {
            logger.LogInformation("Campaign {Campaign}: continuing run {Run} after a restart", campaignId, runId);
            await schedule.ContinueAsync(campaignId, runId, time.GetUtcNow(), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
