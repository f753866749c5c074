using System.Collections.Concurrent;
using System.Diagnostics;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Stores;

/// <summary>
/// Earns on one store, looped on <see cref="Probe.Threads"/> threads by <see cref="ThreadedProbe"/>, each earn timed.
/// The latencies of every run are kept, so the report can take those of the measured rounds (the last ones).
/// </summary>
public sealed record TimedEarnsProbe(IEarnStore Store, TillEarns Earns, int Writers) : Probe(Store.Name, Writers)
{
    private readonly List<double[]> _runs = [];

    public override Rate Run(TimeSpan length)
    {
        var perThread = new ConcurrentBag<List<double>>();
        var threads = new ThreadedProbe(Name, Threads, () =>
        {
            var latencies = new List<double>();
            perThread.Add(latencies);
            return () =>
            {
                var earn = Earns.Next();
                var start = Stopwatch.GetTimestamp();
                Store.Earn(earn);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            };
        });
        var rate = threads.Run(length);
        _runs.Add(perThread.SelectMany(l => l).ToArray());
        return rate;
    }

    /// <summary>Milliseconds per earn, from start to commit (for SQLite, the wait for the writer's turn included).</summary>
    public Percentiles LatencyOfLast(int runs) => Percentiles.Of(_runs.TakeLast(runs).SelectMany(r => r));

    public long EarnsDone => _runs.Sum(r => (long)r.Length);
}
