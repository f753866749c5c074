using System.Globalization;
using Quartz;
using WalletLoyalty.Campaigns;

namespace WalletLoyalty.Server.Campaigns;

/// <summary>
/// Fires a campaign: finds or starts the run for the trigger's scheduled time (or the run a continuation
/// names) and sends it batch by batch. Small and repeatable: the run and its claimed members live in the
/// database, so a repeated, recovered or concurrent firing continues where the last one stopped.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CampaignFiringJob(CampaignRunner runner, CampaignSchedule schedule, ILogger<CampaignFiringJob> logger) : IJob
{
    public const string CampaignIdKey = "campaignId";
    public const string RunIdKey = "runId";
    public const string PhaseKey = "phase";
    public const string EndPhase = "end";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var campaignId = data.GetLong(CampaignIdKey);
        if (data.TryGetString(PhaseKey, out var phase) && phase == EndPhase)
        {
            await runner.EndLocationAsync(campaignId, cancellationToken);
            return;
        }
        long? runId = data.TryGetLong(RunIdKey, out var continued)
            ? continued
            : context.Recovering
                ? await runner.RecoverAsync(campaignId, FirstFiredAt(context), cancellationToken)
                : await runner.FireAsync(campaignId, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, cancellationToken);
        if (runId is null)
        {
            return;
        }
        var outcome = await runner.ContinueAsync(runId.Value, cancellationToken);
        if (outcome is { Progress: RunProgress.Deferred, ContinueAt: { } at })
        {
            await schedule.ContinueAsync(campaignId, runId.Value, at, CancellationToken.None);
            logger.LogInformation("Campaign {Campaign}: run {Run} waits for the end of quiet hours at {At}", campaignId, runId, at);
        }
        else
        {
            logger.LogInformation("Campaign {Campaign}: run {Run} {Progress}", campaignId, runId, outcome.Progress);
        }
    }

    /// <summary>When the firing a recovery stands in for fired, as Quartz marks it on the recovery trigger (perhaps only to the second, which is earlier still).</summary>
    private static DateTimeOffset FirstFiredAt(IJobExecutionContext context) =>
        context.MergedJobDataMap.TryGetString(SchedulerConstants.FailedJobOriginalTriggerFireTime, out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var firedAt)
            ? firedAt.ToUniversalTime()
            : context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
}
