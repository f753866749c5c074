using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Server.Campaigns;

/// <summary>
/// At start, continues every run that was sending when the service stopped (a crash, a deploy, a
/// shutdown between batches). Continuing twice is harmless: members are claimed once.
/// </summary>
public sealed class CampaignRecovery(IDatabase database, CampaignSchedule schedule, TimeProvider time, ILogger<CampaignRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var open = await connection.QueryAsync<(long RunId, long CampaignId)>(
            "SELECT r.id, r.campaign_id FROM campaign_runs r JOIN campaigns c ON c.id = r.campaign_id WHERE r.status = 'sending' AND c.status = 'sending'");
        foreach (var (runId, campaignId) in open)
        {
            logger.LogInformation("Campaign {Campaign}: continuing run {Run} after a restart", campaignId, runId);
            await schedule.ContinueAsync(campaignId, runId, time.GetUtcNow(), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
