using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WalletLoyalty.Server.Campaigns;

namespace WalletLoyalty.Tests.Support;

/// <summary>What Quartz knows about a campaign's job: whether a firing is executing, and its triggers.</summary>
public static class CampaignJobs
{
    public static Task<IScheduler> SchedulerAsync(this ServiceHost service) =>
        service.Services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask();

    /// <summary>Waits until no firing of the campaign's job is acquired or executing.</summary>
    public static async Task WaitUntilIdleAsync(this ServiceHost service, long campaignId)
    {
        var scheduler = await service.SchedulerAsync();
        await Eventually.TrueAsync(async () =>
            (await scheduler.QueryFireInstances(new FireInstanceQuery { Job = CampaignSchedule.JobFor(campaignId) }, default)).Items.Count == 0,
            $"no firing of campaign {campaignId} is executing");
    }

    public static async Task<ITrigger?> TriggerAsync(this ServiceHost service, string name) =>
        await (await service.SchedulerAsync()).GetTrigger(new TriggerKey(name, CampaignSchedule.Group), default);
}
