using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Benchmarks.Campaigns;

/// <summary>
/// `campaign`: a campaign to a large audience (default 100 000 members) on a fresh database — the time
/// to count the audience, to select it into a run, and to enqueue every message in batches.
/// </summary>
public static class CampaignBenchmark
{
    public const string Name = "campaign";

    public static async Task<int> RunAsync(string[] args)
    {
        var members = Option(args, "--members", 100_000);
        var batch = Option(args, "--batch", 1000);
        var withCoupon = args.Contains("--coupon");
        await using var service = await BenchmarkService.StartAsync(batch);
        var database = service.Database;

        var seed = Stopwatch.StartNew();
        await AudienceSeed.InsertAsync(database, members);
        Console.Error.WriteLine($"seeded {members} members in {seed.Elapsed.TotalSeconds:F1} s");

        var program = service.Services.GetRequiredService<ProgramCatalog>().Find("demo")!;
        var count = Stopwatch.StartNew();
        var (audience, _) = await service.Services.GetRequiredService<AudienceCounter>().CountAsync(program, new AudienceFilter(), CancellationToken.None);
        count.Stop();

        var campaignId = await service.ScheduledCampaignAsync(withCoupon);
        var runner = service.Services.GetRequiredService<CampaignRunner>();
        var select = Stopwatch.StartNew();
        var runId = await runner.FireAsync(campaignId, DateTimeOffset.UtcNow, CancellationToken.None)
            ?? throw new InvalidOperationException("The campaign did not start");
        select.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var enqueue = Stopwatch.StartNew();
        var outcome = await runner.ContinueAsync(runId, CancellationToken.None);
        enqueue.Stop();
        var enqueueCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var messages = await service.CountAsync("SELECT COUNT(*) FROM outbox WHERE campaign_id = @campaignId", new { campaignId });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            ## Campaign to {audience:N0} members ({(withCoupon ? "with" : "without")} a coupon, batches of {batch})

            {BenchmarkMachine.Describe()}

            | Step | Time |
            | --- | --- |
            | Count the audience (`audience-count`) | {count.Elapsed.TotalMilliseconds:F0} ms |
            | Select it into a run (recipients, hold-out) | {select.Elapsed.TotalMilliseconds:F0} ms |
            | Enqueue every message ({messages:N0} outbox rows{(withCoupon ? ", a coupon and its pass per treated member" : "")}) | {enqueue.Elapsed.TotalSeconds:F2} s (CPU {enqueueCpu.TotalSeconds:F2} s) |
            | Select and enqueue | {(select.Elapsed + enqueue.Elapsed).TotalSeconds:F2} s |

            Run outcome: {outcome.Progress}. Audience mix: 60 % Apple (registered device), 30 % Google, 20 % app.
            """));
        return outcome.Progress == RunProgress.Completed ? 0 : 1;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
