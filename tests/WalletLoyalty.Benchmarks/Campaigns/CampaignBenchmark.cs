using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Benchmarks.Campaigns;

/// <summary>
/// A campaign to a large audience (default 100 000 members, 10 % held out) on a fresh database: the time to
/// count the audience, to select it into a run, and to enqueue every message in batches — once with a
/// message only and once with a coupon for each treated member.
/// </summary>
public sealed class CampaignBenchmark : IBenchmark
{
    public static readonly TimeSpan Aim = TimeSpan.FromSeconds(10);

    public string Name => "campaign";
    public string Description => "select and enqueue a campaign to 100 000 members (--count N), with and without coupons";

    public async Task<int> RunAsync(BenchmarkOptions options)
    {
        var members = options.Count ?? 100_000;
        var loadBefore = LoadAverage.OneMinute();
        var runs = new List<CampaignRunFigures>();
        foreach (var withCoupon in new[] { false, true })
        {
            runs.Add(await MeasureAsync(members, withCoupon));
        }
        var markdown = new CampaignReport(MachineInfo.Describe(TimeProvider.System), members, runs, loadBefore, LoadAverage.OneMinute()).ToMarkdown();
        Console.WriteLine(markdown);
        if (options.WritePath is { } path)
        {
            MarkdownSection.Write(path, Name, markdown);
            Console.Error.WriteLine($"wrote the '{Name}' section of {path}");
        }
        return runs.All(r => r.Outcome == RunProgress.Completed) ? 0 : 1;
    }

    private static async Task<CampaignRunFigures> MeasureAsync(int members, bool withCoupon)
    {
        var templates = BenchmarkTemplates.WithoutQuietHours();
        await using var service = await InProcessService.StartAsync(settings =>
        {
            settings["Templates:Path"] = templates;
            settings["Push:DispatcherEnabled"] = "false";
            settings["Campaigns:SchedulerEnabled"] = "false";
        });
        var seed = Stopwatch.StartNew();
        await using (var connection = service.OpenDatabase())
        {
            await AudienceSeed.InsertAsync(connection, members);
        }
        Console.Error.WriteLine($"seeded {members:N0} members in {seed.Elapsed.TotalSeconds:0.0} s");

        var services = service.Services;
        var program = services.GetRequiredService<ProgramCatalog>().Find("demo")!;
        var count = Stopwatch.StartNew();
        var (audience, holdOut) = await services.GetRequiredService<AudienceCounter>().CountAsync(program, Audience, CancellationToken.None);
        count.Stop();

        var campaignId = await ScheduledCampaignAsync(services.GetRequiredService<CampaignStore>(), withCoupon);
        var runner = services.GetRequiredService<CampaignRunner>();
        using var process = Process.GetCurrentProcess();
        var select = Stopwatch.StartNew();
        var runId = await runner.FireAsync(campaignId, DateTimeOffset.UtcNow, CancellationToken.None)
            ?? throw new InvalidOperationException("The campaign did not start");
        select.Stop();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var enqueue = Stopwatch.StartNew();
        var outcome = await runner.ContinueAsync(runId, CancellationToken.None);
        enqueue.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        await using var check = service.OpenDatabase();
        await using var command = check.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM outbox WHERE campaign_id = {campaignId}";
        var messages = (long)(await command.ExecuteScalarAsync())!;
        Console.Error.WriteLine($"{(withCoupon ? "with" : "without")} coupon: select {select.Elapsed.TotalSeconds:0.00} s, enqueue {enqueue.Elapsed.TotalSeconds:0.00} s");
        return new CampaignRunFigures(withCoupon, audience, holdOut, messages, count.Elapsed, select.Elapsed, enqueue.Elapsed, cpu, outcome.Progress);
    }

    private static readonly AudienceFilter Audience = new() { HoldOutPercent = 10 };

    /// <summary>A campaign to every member on every channel, in status scheduled, as if its trigger were firing now.</summary>
    private static async Task<long> ScheduledCampaignAsync(CampaignStore store, bool withCoupon)
    {
        var campaign = await store.CreateAsync(new CampaignDraft
        {
            ProgramId = "demo",
            Name = "Benchmark",
            Audience = Audience,
            Message = new CampaignMessage { Title = "Hello {firstName}", Body = "You have {points} points ({tier})." },
            Coupon = withCoupon ? new CampaignCoupon { Title = "20 % off", ValidDays = 7 } : null,
            Channels = [.. Channels.All],
            Trigger = new CampaignTrigger { Type = TriggerTypes.Once, At = "2030-01-01T10:00" },
        }, CancellationToken.None);
        await store.TransitionAsync(campaign.Id, [CampaignStatus.Draft], CampaignStatus.Scheduled, CancellationToken.None);
        return campaign.Id;
    }
}

public sealed record CampaignRunFigures(
    bool WithCoupon, long Audience, long HoldOut, long Messages, TimeSpan Count, TimeSpan Select, TimeSpan Enqueue, TimeSpan EnqueueCpu, RunProgress Outcome)
{
    public TimeSpan SelectAndEnqueue => Select + Enqueue;
}
