using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Earns;

/// <summary>
/// Till earns against the real service in this process over loopback HTTP, on SQLite and (with <c>--postgres</c>)
/// on PostgreSQL with one node and with two taking turns: open-loop load at fixed rates, latency from each request's
/// due time, a longer run at the aim's rate, and the ledger held against what the nodes acknowledged. All
/// installations run side by side and every rate is measured on each in turn, so a burst of load on the shared
/// machine hits them alike.
/// </summary>
public sealed class EarnsBenchmark : IBenchmark
{
    public static readonly int[] DefaultRates = [200, 500, 1000];
    public const int AimRate = 500;
    public const double SqliteAimP99Milliseconds = 10;
    public const double PostgresAimP99Milliseconds = 15;
    public const double TwoNodesAimShare = 0.70;
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan OneAtATimeLength = TimeSpan.FromSeconds(5);

    public string Name => "earns";
    public string Description => "till earns at fixed open-loop rates on SQLite and PostgreSQL (one and two nodes): p50/p99, rate, ledger exactness";

    public async Task<int> RunAsync(BenchmarkOptions options)
    {
        var rates = options.Rates ?? DefaultRates;
        var duration = options.Duration ?? TimeSpan.FromSeconds(10);
        var soakLength = duration * 3;
        var memberCount = options.Count ?? 1000;
        var sampleEvery = TimeSpan.FromSeconds(5);
        var loadBefore = LoadAverage.OneMinute();

        var targets = new List<EarnsTarget>();
        try
        {
            foreach (var setup in StoreSetup.All.Where(s => s.CanRun(options)))
            {
                targets.Add(await EarnsTarget.StartAsync(setup, options, memberCount, Log));
            }
            var server = targets.Select(t => t.Installation.Database).FirstOrDefault(d => d.IsPostgres) is { } postgres ? await postgres.DescribeServerAsync() : null;

            foreach (var target in targets)
            {
                Log($"{target.Setup.Name}: warm-up {WarmUp.TotalSeconds:0} s at 200/s");
                Describe(target.Load.Run(200, WarmUp, sampleEvery), Log);
                await SettleAsync(target);
            }
            foreach (var target in targets)
            {
                Log($"{target.Setup.Name}: one at a time for {OneAtATimeLength.TotalSeconds:0} s, each earn sent when the previous one is answered");
                target.OneAtATime = await target.MeasureOneAtATimeAsync(OneAtATimeLength);
                var serial = target.OneAtATime;
                Log($"  {serial.Count / OneAtATimeLength.TotalSeconds:N0}/s, p50 {serial.P50:0.00} ms, p99 {serial.P99:0.00} ms, max {serial.Max:0.0} ms");
            }
            foreach (var rate in rates)
            {
                foreach (var target in targets)
                {
                    Log($"{target.Setup.Name}: {rate}/s for {duration.TotalSeconds:0} s");
                    var run = target.Load.Run(rate, duration, sampleEvery);
                    Describe(run, Log);
                    target.Steps.Add(run);
                    await SettleAsync(target);
                }
            }
            foreach (var target in targets)
            {
                Log($"{target.Setup.Name}: long run, {AimRate}/s for {soakLength.TotalSeconds:0} s, memory every {sampleEvery.TotalSeconds:0} s");
                target.Soak = target.Load.Run(AimRate, soakLength, sampleEvery, sample =>
                    Log($"  {sample.Memory.At.TotalSeconds,4:0} s: working set {sample.Memory.WorkingSetMiB:N0} MiB, GC heap {sample.Memory.GcHeapMiB:N0} MiB, {sample.Completed:N0} answered"));
                Describe(target.Soak, Log);
                await SettleAsync(target);
            }

            var figures = new List<EarnsFigures>();
            foreach (var target in targets)
            {
                var check = await LedgerCheck.ReadAsync(target.Installation.First.Database, target.Earns);
                Log($"{target.Setup.Name}: {check.Rows:N0} ledger rows, {check.Points:N0} points for {check.Acknowledged:N0} earns acknowledged ({check.PointsAcknowledged:N0} points), {check.Unanswered:N0} not acknowledged; {check.Verdict}");
                figures.Add(new EarnsFigures(target.Setup, target.OneAtATime!, target.Steps, target.Soak!, check, target.Earns.Connections));
            }

            var report = new EarnsReport(MachineInfo.Describe(TimeProvider.System), memberCount, figures, server, sampleEvery, loadBefore, LoadAverage.OneMinute());
            var markdown = report.ToMarkdown();
            Console.WriteLine(markdown);
            if (options.WritePath is { } path)
            {
                MarkdownSection.Write(path, Name, markdown);
                Log($"wrote the '{Name}' section of {path}");
            }
            return figures.All(f => f.Steps.All(s => s.Drained) && f.Soak.Drained && f.Check.Consistent) ? 0 : 1;
        }
        finally
        {
            foreach (var target in targets)
            {
                await target.DisposeAsync();
            }
        }
    }

    private static void Log(string line) => Console.Error.WriteLine(line);

    /// <summary>A run beyond the setup's capacity leaves requests its client gave up on; they finish before the next run starts.</summary>
    private static async Task SettleAsync(EarnsTarget target)
    {
        var waited = await target.SettleAsync();
        if (waited > TimeSpan.FromMilliseconds(200))
        {
            Log($"  waited {waited.TotalSeconds:0.0} s for requests still being handled after their client gave up");
        }
    }

    private static void Describe(LoadRun run, Action<string> log)
    {
        var latency = run.Latency;
        log($"  {run.TargetRate}/s: achieved {run.AchievedRate:N0}/s, {run.Errors} errors{(run.Errors > 0 ? $" ({run.ErrorKinds})" : "")}, p50 {latency.P50:0.00} ms, p90 {latency.P90:0.00} ms, p99 {latency.P99:0.00} ms, max {latency.Max:0.0} ms; send lag p99 {run.SendLag.P99:0.00} ms; CPU {run.CpuTime.TotalSeconds / run.Duration.TotalSeconds * 100:0} % of one core");
    }
}

/// <summary>What one installation measured, for the report.</summary>
public sealed record EarnsFigures(StoreSetup Setup, Percentiles OneAtATime, IReadOnlyList<LoadRun> Steps, LoadRun Soak, LedgerCheck Check, int Connections);
