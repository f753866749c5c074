using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Kpis;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Benchmarks.Kpis;

/// <summary>
/// The overview's tables over the KPI benchmark's ledger: trends of a year by week and by month, the cohorts of 12 join
/// months and the stores compared over a year, each through the service's own report, each one pass over the ledger.
/// </summary>
public sealed class KpiTablesBenchmark : IBenchmark
{
    private const int Runs = 3;

    public string Name => "kpi-tables";
    public string Description => "the overview's trends, cohorts and stores of a year over the kpis benchmark's ledger (--count N members, twenty entries each), on SQLite and PostgreSQL";

    public async Task<int> RunAsync(BenchmarkOptions options)
    {
        var members = options.Count ?? 100_000;
        var entries = members * 20;
        var loadBefore = LoadAverage.OneMinute();
        var now = DateTimeOffset.UtcNow;
        var (seededMembers, seededEntries) = KpiLedgerSeed.Make(members, entries, now);
        var rows = new List<string>();
        foreach (var setup in new[] { StoreSetup.SqliteOneNode, StoreSetup.PostgresOneNode }.Where(s => s.CanRun(options)))
        {
            await using var database = await BenchmarkDatabase.CreateAsync(setup, options);
            await using var service = await InProcessService.StartAsync(database, settings => settings["Push:DispatcherEnabled"] = "false");
            await KpiLedgerSeed.WriteAsync(service.Database, seededMembers, seededEntries);
            await database.AfterBulkLoadAsync(service.Database);
            var program = service.Services.GetRequiredService<ProgramCatalog>().Find("demo")!;
            var to = LocalMidnight.DayOf(now, program.TimeZone).AddDays(1);
            var from = to.AddDays(-365);
            var trends = service.Services.GetRequiredService<KpiTrendReport>();
            var cohorts = service.Services.GetRequiredService<KpiCohortReport>();
            var stores = service.Services.GetRequiredService<KpiStoreReport>();
            var variants = new (string Name, Func<Task<string>> Call)[]
            {
                ("trends of a year by week", async () => $"{(await trends.ComputeAsync(program, new(from, to, KpiInterval.Week), default)).Buckets.Count} buckets"),
                ("trends of a year by month", async () => $"{(await trends.ComputeAsync(program, new(from, to, KpiInterval.Month), default)).Buckets.Count} buckets"),
                ("cohorts of 12 join months", async () => $"{(await cohorts.ComputeAsync(program, new(KpiBuckets.StartOf(to.AddDays(-1), KpiInterval.Month).AddMonths(-11), to), now, default)).Cohorts.Count} cohorts"),
                ("stores over a year", async () => $"{(await stores.ComputeAsync(program, new(from, to), default)).Stores.Sum(s => s.Purchases):N0} purchases"),
            };
            foreach (var (name, call) in variants)
            {
                var answer = await call(); // warm-up
                var times = new List<double>();
                for (var run = 0; run < Runs; run++)
                {
                    var watch = Stopwatch.StartNew();
                    await call();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                rows.Add(Invariant($"| {setup.Name} | {name} | {times[Runs / 2]:N0} ms | {times[^1]:N0} ms | {answer} |"));
                Console.Error.WriteLine($"{setup.Name}: {name}: median {times[Runs / 2]:0} ms, max {times[^1]:0} ms ({answer})");
            }
        }
        var machine = MachineInfo.Describe(TimeProvider.System);
        var markdown = new StringBuilder()
            .AppendLine("### The overview's tables (`kpi-tables`)").AppendLine()
            .AppendLine(Invariant($"Measured {machine.MeasuredAt:yyyy-MM-dd HH:mm} UTC on **{machine.Cpu}**, {machine.Cores} cores, {machine.OperatingSystem}, {machine.Runtime}; 1-minute load average {Load(loadBefore)} before, {Load(LoadAverage.OneMinute())} after. The `kpis` benchmark's ledger with {members:N0} members and {entries:N0} entries; each table's report called in the benchmark's process, {Runs} timed calls after one warm-up."))
            .AppendLine()
            .AppendLine("| Store | Table | Median | Max | Answer |")
            .AppendLine("| --- | --- | ---: | ---: | --- |")
            .AppendJoin(Environment.NewLine, rows).AppendLine()
            .ToString();
        Console.WriteLine(markdown);
        if (options.WritePath is { } path)
        {
            MarkdownSection.Write(path, Name, markdown);
        }
        return 0;
    }

    private static string Load(double? load) => load is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
