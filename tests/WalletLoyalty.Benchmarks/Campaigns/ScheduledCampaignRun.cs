using System.Diagnostics;
using System.Globalization;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Data;
using WalletLoyalty.Server.Campaigns;

namespace WalletLoyalty.Benchmarks.Campaigns;

/// <summary>
/// A campaign fired by its trigger on an installation whose nodes all run the scheduler (clustered Quartz on
/// PostgreSQL): scheduled a few seconds ahead through the first node as the API does, then watched in the database
/// every <see cref="Poll"/> until its run is completed (or paused at the <see cref="RunLimit"/>). The selection counts from
/// the trigger's time, the enqueueing from when the poll first saw the selected run.
/// </summary>
public static class ScheduledCampaignRun
{
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    public static readonly TimeSpan Lead = TimeSpan.FromSeconds(3);

    public sealed record Figures(long CampaignId, TimeSpan Select, TimeSpan Enqueue, TimeSpan Cpu, RunProgress Outcome, ScheduledFiring Firing);

    public static async Task<Figures> MeasureAsync(Installation installation, bool withCoupon)
    {
        var services = installation.First.Services;
        var database = installation.First.Database;
        var instances = new List<string>();
        foreach (var node in installation.Nodes)
        {
            instances.Add((await node.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).SchedulerInstanceId);
        }
        var now = DateTimeOffset.UtcNow;
        var at = DateTimeOffset.FromUnixTimeSeconds(now.Add(Lead).ToUnixTimeSeconds() + 1);
        var trigger = new CampaignTrigger { Type = TriggerTypes.Once, At = at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) };
        var campaignStore = services.GetRequiredService<CampaignStore>();
        var campaignId = await CampaignBenchmark.CreateScheduledAsync(campaignStore, withCoupon, trigger);
        await services.GetRequiredService<CampaignSchedule>().RegisterAsync((await campaignStore.FindAsync(campaignId, CancellationToken.None))!, CancellationToken.None);

        using var process = Process.GetCurrentProcess();
        TimeSpan? selected = null;
        TimeSpan cpuAtSelect = default;
        var executing = new HashSet<string>();
        var job = CampaignSchedule.JobFor(campaignId).Name;
        RunLimit? limit = null;
        try
        {
            var deadline = at + TimeSpan.FromMinutes(10);
            while (DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(Poll);
                await using var connection = await database.OpenAsync();
                executing.UnionWith(await connection.QueryAsync<string>("SELECT instance_name FROM qrtz_fired_triggers WHERE job_name = @job", new { job }));
                var status = await connection.ExecuteScalarAsync<string?>("SELECT MIN(status) FROM campaign_runs WHERE campaign_id = @campaignId", new { campaignId });
                var elapsed = DateTimeOffset.UtcNow - at;
                if (status is not null && selected is null)
                {
                    selected = elapsed;
                    process.Refresh();
                    cpuAtSelect = process.TotalProcessorTime;
                    var selectedAt = DateTimeOffset.UtcNow;
                    limit = new RunLimit(campaignStore, campaignId, () => DateTimeOffset.UtcNow - selectedAt);
                    limit.Start();
                }
                if (selected is { } select && (status is "completed" or "cancelled" or "missed" || limit?.PausedAt is not null))
                {
                    process.Refresh();
                    var startedAt = await connection.ExecuteScalarAsync<DateTimeOffset>("SELECT MIN(started_at) FROM campaign_runs WHERE campaign_id = @campaignId", new { campaignId });
                    var nodes = executing.Select(name => instances.IndexOf(name)).Where(i => i >= 0).Order().ToList();
                    return new Figures(campaignId, select, limit?.PausedAt ?? elapsed - select, process.TotalProcessorTime - cpuAtSelect,
                        status == "completed" ? RunProgress.Completed : RunProgress.Stopped, new ScheduledFiring(nodes, startedAt - at, installation.Nodes.Count));
                }
            }
        }
        finally
        {
            if (limit is not null)
            {
                await limit.DisposeAsync();
            }
        }
        throw new TimeoutException($"Campaign {campaignId} did not complete or pause within 10 minutes of its trigger");
    }
}

/// <summary>How a scheduled campaign was fired: the nodes seen executing its job (indexes), and how long after its trigger's time.</summary>
public sealed record ScheduledFiring(IReadOnlyList<int> ExecutedOn, TimeSpan Delay, int Nodes);
