using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Stores;

/// <summary>
/// The till's earn transaction on every store in one run: SQLite with <c>synchronous=NORMAL</c> (the service's) and
/// <c>FULL</c>, LiteDB, and PostgreSQL when a connection string is given, each with one writer and with several,
/// in interleaved rounds so the ratios hold on a shared machine.
/// </summary>
public sealed class StoresBenchmark : IBenchmark
{
    public const int ConcurrentWriters = 4;
    private const int DefaultMembers = 1000;

    public string Name => "stores";
    public string Description => "the till's earn transaction on SQLite (NORMAL, FULL), LiteDB and PostgreSQL: earns/s and latency, 1 and 4 writers";

    public Task<int> RunAsync(BenchmarkOptions options)
    {
        var members = options.Count ?? DefaultMembers;
        var earns = new TillEarns(members);
        var loadBefore = LoadAverage.OneMinute();
        var stores = OpenStores(options.Postgres, members);
        try
        {
            var probes = stores.SelectMany(s => new[] { new TimedEarnsProbe(s, earns, 1), new TimedEarnsProbe(s, earns, ConcurrentWriters) }).ToList();
            var rates = ThroughputRunner.Measure(probes, options, Log);
            var results = probes.Select((probe, i) => new StoreResult(probe.Store.Name, rates[i], probe.LatencyOfLast(options.Rounds))).ToList();
            var checks = stores.Select(store => new StoreCheck(
                store.Name, probes.Where(p => p.Store == store).Sum(p => p.EarnsDone), store.Totals())).ToList();
            var report = new StoresReport(
                MachineInfo.Describe(TimeProvider.System), options, members, stores.Select(s => (s.Name, s.Durability)).ToList(),
                results, checks, stores.OfType<PostgresEarnStore>().FirstOrDefault()?.Server, loadBefore, LoadAverage.OneMinute());
            var markdown = report.ToMarkdown();
            Console.WriteLine(markdown);
            if (options.WritePath is { } path)
            {
                MarkdownSection.Write(path, Name, markdown);
                Log($"wrote the '{Name}' section of {path}");
            }
            return Task.FromResult(checks.All(c => c.Holds) ? 0 : 1);
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
    }

    private static List<IEarnStore> OpenStores(string? postgres, int members)
    {
        List<IEarnStore> stores = [new SqliteEarnStore("NORMAL", members), new SqliteEarnStore("FULL", members), new LiteDbEarnStore(members)];
        try
        {
            if (postgres is not null)
            {
                stores.Add(new PostgresEarnStore(postgres, synchronousCommit: true, members));
                stores.Add(new PostgresEarnStore(postgres, synchronousCommit: false, members));
            }
            return stores;
        }
        catch
        {
            stores.ForEach(s => s.Dispose());
            throw;
        }
    }

    private static void Log(string line) => Console.Error.WriteLine(line);
}

public sealed record StoreResult(string Store, ProbeResult Rate, Percentiles Latency);

/// <summary>Every counted earn wrote one ledger row and moved its member's balance, and nothing else did.</summary>
public sealed record StoreCheck(string Store, long EarnsCounted, StoreTotals Totals)
{
    public bool Holds => Totals.LedgerRows == EarnsCounted && Totals.PointsBalance == EarnsCounted * TillEarns.PointsPerEarn;
}
