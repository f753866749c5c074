using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Earns;

/// <summary>One installation under the till's load: its nodes, its seeded members, the earns sent to it, and its figures so far.</summary>
public sealed class EarnsTarget : IAsyncDisposable
{
    private EarnsTarget(Installation installation, int members, TillEarns earns)
    {
        Installation = installation;
        Members = members;
        Earns = earns;
        Load = new OpenLoopLoad(earns.SendAsync);
    }

    public Installation Installation { get; }
    public StoreSetup Setup => Installation.Setup;
    public int Members { get; }
    public TillEarns Earns { get; }
    public OpenLoopLoad Load { get; }
    public Percentiles? OneAtATime { get; set; }
    public List<LoadRun> Steps { get; } = [];
    public LoadRun? Soak { get; set; }

    public static async Task<EarnsTarget> StartAsync(StoreSetup setup, BenchmarkOptions options, int memberCount, Action<string> log)
    {
        var installation = await Installation.StartAsync(setup, options);
        try
        {
            var started = DateTime.UtcNow;
            var members = await MemberSeeder.InsertAsync(installation.First.Database, memberCount);
            log($"{setup.Name}: {installation.Nodes.Count} node(s) on {string.Join(", ", installation.Nodes.Select(n => n.BaseAddress))}, {installation.Database.Description}; "
                + $"{members.Count} members with store cards inserted in {(DateTime.UtcNow - started).TotalMilliseconds:N0} ms");
            return new EarnsTarget(installation, members.Count, await TillEarns.CreateAsync(installation, members));
        }
        catch
        {
            await installation.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closed loop with one request in flight: the service time of an earn without queueing.</summary>
    public async Task<Percentiles> MeasureOneAtATimeAsync(TimeSpan length)
    {
        var latencies = new List<double>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < length)
        {
            var before = clock.Elapsed;
            var status = await Earns.SendAsync();
            if (status is < 200 or >= 300)
            {
                throw new InvalidOperationException($"{Setup.Name}: an earn one at a time answered {status}");
            }
            latencies.Add((clock.Elapsed - before).TotalMilliseconds);
        }
        return Percentiles.Of(latencies);
    }

    /// <summary>Waits until no node of this installation handles a request any more (at most a minute); how long that took.</summary>
    public async Task<TimeSpan> SettleAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Installation.Nodes.Any(n => n.InFlight.Count > 0) && clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(50);
        }
        return clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        Earns.Dispose();
        await Installation.DisposeAsync();
    }
}
