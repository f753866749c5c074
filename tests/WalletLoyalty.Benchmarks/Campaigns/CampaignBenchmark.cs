using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Benchmarks.Campaigns;

/// <summary>
/// A campaign to a large audience (default 100 000 members, 10 % held out) on a fresh database: the time to
/// count the audience, to select it into a run, and to enqueue every message in batches — once with a
/// message only and once with a coupon for each treated member. On one node the runner is called directly (what
/// the Quartz job does); on two PostgreSQL nodes both schedulers are on and the campaign's trigger fires it.
/// </summary>
public sealed class CampaignBenchmark : IBenchmark
{
    public static readonly TimeSpan Aim = TimeSpan.FromSeconds(10);
    public static readonly AudienceFilter Audience = new() { HoldOutPercent = 10 };

    public string Name => "campaign";
    public string Description => "select and enqueue a campaign to 100 000 members (--count N), with and without coupons, on SQLite and PostgreSQL (one and two nodes)";

    public async Task<int> RunAsync(BenchmarkOptions options)
    {
        var members = options.Count ?? 100_000;
        var loadBefore = LoadAverage.OneMinute();
        var runs = new List<CampaignRunFigures>();
        string? server = null;
        var templates = BenchmarkTemplates.WithoutQuietHours();
        foreach (var withCoupon in new[] { false, true })
        {
            foreach (var setup in StoreSetup.All.Where(s => s.CanRun(options)))
            {
                await using var installation = await Installation.StartAsync(setup, options, (settings, _) =>
                {
                    settings["Templates:Path"] = templates;
                    settings["Push:DispatcherEnabled"] = "false";
                    settings["Campaigns:SchedulerEnabled"] = setup.Nodes > 1 ? "true" : "false";
                });
                server ??= await installation.Database.DescribeServerAsync();
                runs.Add(await MeasureAsync(installation, members, withCoupon));
            }
        }
        Directory.Delete(templates, recursive: true);
        var markdown = new CampaignReport(MachineInfo.Describe(TimeProvider.System), members, runs, server, loadBefore, LoadAverage.OneMinute()).ToMarkdown();
        Console.WriteLine(markdown);
        if (options.WritePath is { } path)
        {
            MarkdownSection.Write(path, Name, markdown);
            Console.Error.WriteLine($"wrote the '{Name}' section of {path}");
        }
        return runs.All(r => r.Recipients.EachMemberOnce) ? 0 : 1;
    }

    private static async Task<CampaignRunFigures> MeasureAsync(Installation installation, int members, bool withCoupon)
    {
        var setup = installation.Setup;
        var services = installation.First.Services;
        var database = installation.First.Database;
        var seed = Stopwatch.StartNew();
        await AudienceSeed.InsertAsync(database, members);
        await installation.Database.AfterBulkLoadAsync(database);
        Console.Error.WriteLine($"{setup.Name}: seeded {members:N0} members in {seed.Elapsed.TotalSeconds:0.0} s ({installation.Database.Description})");

        var program = services.GetRequiredService<ProgramCatalog>().Find("demo")!;
        var count = Stopwatch.StartNew();
        var (audience, holdOut) = await services.GetRequiredService<AudienceCounter>().CountAsync(program, Audience, CancellationToken.None);
        count.Stop();

        CampaignRunFigures figures;
        if (setup.Nodes > 1)
        {
            var run = await ScheduledCampaignRun.MeasureAsync(installation, withCoupon);
            figures = new CampaignRunFigures(setup, withCoupon, audience, holdOut, await OutboxRowsAsync(database, run.CampaignId), count.Elapsed,
                run.Select, run.Enqueue, run.Cpu, run.Outcome, await RecipientCheck.ReadAsync(database, run.CampaignId), run.Firing);
        }
        else
        {
            var store = services.GetRequiredService<CampaignStore>();
            var campaignId = await CreateScheduledAsync(store, withCoupon, new CampaignTrigger { Type = TriggerTypes.Once, At = "2030-01-01T10:00" });
            var runner = services.GetRequiredService<CampaignRunner>();
            using var process = Process.GetCurrentProcess();
            var clock = Stopwatch.StartNew();
            var runId = await runner.FireAsync(campaignId, DateTimeOffset.UtcNow, CancellationToken.None)
                ?? throw new InvalidOperationException("The campaign did not start");
            var select = clock.Elapsed;
            clock.Restart();
            await using var limit = new RunLimit(store, campaignId, () => clock.Elapsed);
            limit.Start();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var outcome = await runner.ContinueAsync(runId, CancellationToken.None);
            var enqueue = limit.PausedAt ?? clock.Elapsed;
            process.Refresh();
            figures = new CampaignRunFigures(setup, withCoupon, audience, holdOut, await OutboxRowsAsync(database, campaignId), count.Elapsed,
                select, enqueue, process.TotalProcessorTime - cpuBefore, outcome.Progress, await RecipientCheck.ReadAsync(database, campaignId), null);
        }
        Console.Error.WriteLine($"{setup.Name}, {(withCoupon ? "with" : "without")} coupon: select {figures.Select.TotalSeconds:0.00} s, enqueue {figures.Enqueue.TotalSeconds:0.00} s, {figures.Messages:N0} outbox rows, {figures.Outcome}, {figures.Recipients.Describe()}");
        return figures;
    }

    private static async Task<long> OutboxRowsAsync(IDatabase database, long campaignId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE campaign_id = @campaignId", new { campaignId });
    }

    /// <summary>A campaign to every member on every channel, in status scheduled.</summary>
    public static async Task<long> CreateScheduledAsync(CampaignStore store, bool withCoupon, CampaignTrigger trigger)
    {
        var campaign = await store.CreateAsync(new CampaignDraft
        {
            ProgramId = "demo",
            Name = "Benchmark",
            Audience = Audience,
            Message = new CampaignMessage { Title = "Hello {firstName}", Body = "You have {points} points ({tier})." },
            Coupon = withCoupon ? new CampaignCoupon { Title = "20 % off", ValidDays = 7 } : null,
            Channels = [.. Channels.All],
            Trigger = trigger,
        }, new WalletLoyalty.Audit.Actor(0, "benchmark"), CancellationToken.None);
        await store.TransitionAsync(campaign.Id, [CampaignStatus.Draft], CampaignStatus.Scheduled, CancellationToken.None);
        return campaign.Id;
    }
}

public sealed record CampaignRunFigures(
    StoreSetup Setup, bool WithCoupon, long Audience, long HoldOut, long Messages, TimeSpan Count, TimeSpan Select, TimeSpan Enqueue, TimeSpan EnqueueCpu,
    RunProgress Outcome, RecipientCheck Recipients, ScheduledFiring? Firing)
{
    public TimeSpan SelectAndEnqueue => Select + Enqueue;

    public bool Completed => Outcome == RunProgress.Completed;

    /// <summary>For a run paused at the limit: select plus the enqueueing at the pace so far, for every member to enqueue.</summary>
    public TimeSpan? Projected => Completed || Recipients.Done == 0
        ? null
        : Select + Enqueue * ((double)(Recipients.Done + Recipients.Pending) / Recipients.Done);
}
