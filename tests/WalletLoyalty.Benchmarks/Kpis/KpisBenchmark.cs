using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Kpis;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Benchmarks.Kpis;

/// <summary>
/// The loyalty KPIs of a year (and the year before, which every answer carries) over 100 000 members and 2 000 000
/// ledger entries, through the service's own <see cref="KpiReport"/>, unfiltered and with each filter.
/// </summary>
public sealed class KpisBenchmark : IBenchmark
{
    public static readonly TimeSpan Aim = TimeSpan.FromSeconds(1);
    private const int Runs = 3;

    public string Name => "kpis";
    public string Description => "the KPIs of a year over 100 000 members and 2 000 000 ledger entries (--count N members, twenty entries each), on SQLite and PostgreSQL";

    public async Task<int> RunAsync(BenchmarkOptions options)
    {
        var members = options.Count ?? 100_000;
        var entries = members * 20;
        var loadBefore = LoadAverage.OneMinute();
        var now = DateTimeOffset.UtcNow;
        var (seededMembers, seededEntries) = KpiLedgerSeed.Make(members, entries, now);
        var runs = new List<KpiSetupFigures>();
        string? server = null;
        foreach (var setup in new[] { StoreSetup.SqliteOneNode, StoreSetup.PostgresOneNode }.Where(s => s.CanRun(options)))
        {
            await using var database = await BenchmarkDatabase.CreateAsync(setup, options);
            await using var service = await InProcessService.StartAsync(database, settings => settings["Push:DispatcherEnabled"] = "false");
            server ??= database.IsPostgres ? await database.DescribeServerAsync() : null;
            var seeding = Stopwatch.StartNew();
            await KpiLedgerSeed.WriteAsync(service.Database, seededMembers, seededEntries);
            await database.AfterBulkLoadAsync(service.Database);
            Console.Error.WriteLine($"{setup.Name}: seeded {members:N0} members and {entries:N0} entries in {seeding.Elapsed.TotalSeconds:0} s");
            var program = service.Services.GetRequiredService<ProgramCatalog>().Find("demo")!;
            var report = service.Services.GetRequiredService<KpiReport>();
            var to = LocalMidnight.DayOf(now, program.TimeZone).AddDays(1);
            var year = new KpiQuery(to.AddDays(-365), to);
            var variants = new (string Name, KpiQuery Query)[]
            {
                ("a year, unfiltered", year),
                ("a year, one store", year with { Store = "station" }),
                ("a year, one tier", year with { Tier = "Silver" }),
                ("30 days, unfiltered", new KpiQuery(to.AddDays(-30), to)),
            };
            var timings = new List<KpiTiming>();
            foreach (var (name, query) in variants)
            {
                var figures = await report.ComputeAsync(program, query, CancellationToken.None); // warm-up, and the figures for the report
                var times = new List<(double Wall, double Cpu)>();
                using var process = Process.GetCurrentProcess();
                for (var run = 0; run < Runs; run++)
                {
                    process.Refresh();
                    var cpu = process.TotalProcessorTime;
                    var watch = Stopwatch.StartNew();
                    await report.ComputeAsync(program, query, CancellationToken.None);
                    var wall = watch.Elapsed.TotalMilliseconds;
                    process.Refresh();
                    times.Add((wall, (process.TotalProcessorTime - cpu).TotalMilliseconds));
                }
                times.Sort();
                var (median, medianCpu) = times[Runs / 2];
                timings.Add(new KpiTiming(name, median, times[^1].Wall, medianCpu, figures.Customers, figures.Purchases));
                Console.Error.WriteLine($"{setup.Name}: {name}: median {median:0} ms ({medianCpu:0} ms CPU of this process), max {times[^1].Wall:0} ms ({figures.Customers:N0} customers, {figures.Purchases:N0} purchases)");
            }
            runs.Add(new KpiSetupFigures(setup, seeding.Elapsed, timings));
        }
        var markdown = new KpisReport(MachineInfo.Describe(TimeProvider.System), members, entries, Runs, runs, server, loadBefore, LoadAverage.OneMinute()).ToMarkdown();
        Console.WriteLine(markdown);
        if (options.WritePath is { } path)
        {
            MarkdownSection.Write(path, Name, markdown);
            Console.Error.WriteLine($"wrote the '{Name}' section of {path}");
        }
        return 0;
    }
}

public sealed record KpiTiming(string Name, double MedianMs, double MaxMs, double MedianCpuMs, long Customers, long Purchases);

public sealed record KpiSetupFigures(StoreSetup Setup, TimeSpan Seeding, IReadOnlyList<KpiTiming> Timings);
