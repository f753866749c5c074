using Quartz;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Server.Campaigns;

/// <summary>
/// A campaign's place in the Quartz job store: one job per campaign, its main trigger (once, cron or
/// daily, in the program's time zone) and one-shot triggers that continue a run (after quiet hours,
/// a resume or a restart). Misfires: a late one-shot fires now and a late cron fires once now and then
/// proceeds; the job itself decides from the scheduled time whether that is still within the grace window.
/// </summary>
public sealed class CampaignSchedule(ISchedulerFactory schedulers, ProgramCatalog programs, TimeProvider time)
{
    public const string Group = "campaigns";

    public static JobKey JobFor(long campaignId) => new($"campaign-{campaignId}", Group);

    public async Task RegisterAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var program = programs.Find(campaign.ProgramId) ?? throw new InvalidOperationException($"No program '{campaign.ProgramId}'");
        var trigger = TriggerBuilder.Create<CampaignFiringJob>(time)
            .WithIdentity($"campaign-{campaign.Id}", Group)
            .ForJob(JobFor(campaign.Id));
        trigger = campaign.Trigger.Type switch
        {
            TriggerTypes.Once when TriggerTimes.TryReadAt(campaign.Trigger.At, program.TimeZone, out var at) => trigger
                .StartAt(at)
                .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)),
            TriggerTypes.Cron => trigger.WithSchedule(Cron(campaign.Trigger.Cron!, program)),
            TriggerTypes.Daily when TriggerTimes.TryReadTime(campaign.Trigger.Time, out var at) => trigger
                .WithSchedule(Cron($"0 {at.Minute} {at.Hour} * * ?", program)),
            TriggerTypes.Location when LocationWindow.Of(campaign.Trigger, program.TimeZone) is { } window => trigger
                .StartAt(window.From)
                .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)),
            _ => throw new InvalidOperationException($"Campaign {campaign.Id} has no trigger this service can schedule"),
        };
        List<ITrigger> triggers = [trigger.Build()];
        if (LocationWindow.Of(campaign.Trigger, program.TimeZone) is { } end)
        {
            // The window's end is a trigger of its own, fired however late: locations must not outlive the window.
            triggers.Add(TriggerBuilder.Create<CampaignFiringJob>(time)
                .WithIdentity($"campaign-{campaign.Id}-end", Group)
                .ForJob(JobFor(campaign.Id))
                .UsingJobData(CampaignFiringJob.PhaseKey, CampaignFiringJob.EndPhase)
                .StartAt(end.Until)
                .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build());
        }
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(Job(campaign.Id), triggers, ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <summary>Continues a run at the given time; scheduling the same run again replaces the earlier continuation.</summary>
    public async Task ContinueAsync(long campaignId, long runId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var trigger = TriggerBuilder.Create<CampaignFiringJob>(time)
            .WithIdentity($"campaign-{campaignId}-run-{runId}", Group)
            .ForJob(JobFor(campaignId))
            .UsingJobData(CampaignFiringJob.RunIdKey, runId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .StartAt(at)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(Job(campaignId), trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task PauseAsync(long campaignId, CancellationToken cancellationToken) =>
        await (await schedulers.GetScheduler(cancellationToken)).PauseJob(JobFor(campaignId), cancellationToken);

    public async Task ResumeAsync(long campaignId, CancellationToken cancellationToken) =>
        await (await schedulers.GetScheduler(cancellationToken)).ResumeJob(JobFor(campaignId), cancellationToken);

    /// <summary>Deletes the job and its triggers. A cancelled campaign's firing does nothing, so a firing already under way is harmless.</summary>
    public async Task RemoveAsync(long campaignId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await scheduler.DeleteJob(JobFor(campaignId), cancellationToken);
                return;
            }
            catch (SchedulerException) when (attempt < 5)
            {
                // A trigger that fired for the last time between Quartz listing the job's triggers and
                // unscheduling them is already gone; the next attempt no longer lists it.
            }
        }
    }

    private static CronScheduleBuilder Cron(string expression, LoyaltyProgram program) =>
        CronScheduleBuilder.Create(expression).InTimeZone(program.TimeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed);

    private static IJobDetail Job(long campaignId) => JobBuilder.Create<CampaignFiringJob>()
        .WithIdentity(JobFor(campaignId))
        .UsingJobData(CampaignFiringJob.CampaignIdKey, campaignId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .DisallowConcurrentExecution(true)
        .RequestRecovery(true)
        .Build();
}
