namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>
/// Warms every probe up, then measures rounds interleaved (round 1 of every probe, then round 2, ...)
/// so that a burst of load from elsewhere on the machine hits all probes alike and the ratios between
/// them stay meaningful even when absolute rates move.
/// </summary>
public static class ThroughputRunner
{
    public static IReadOnlyList<ProbeResult> Measure(IReadOnlyList<Probe> probes, BenchmarkOptions options, Action<string> log)
    {
        foreach (var probe in probes.Where(p => p.NeedsWarmUp))
        {
            log($"warm-up {probe.Name} ({probe.Threads} thread{(probe.Threads == 1 ? "" : "s")})");
            probe.Run(options.WarmUp);
        }
        var rates = probes.Select(_ => new List<Rate>()).ToList();
        for (var round = 1; round <= options.Rounds; round++)
        {
            for (var i = 0; i < probes.Count; i++)
            {
                var collections = GC.CollectionCount(2);
                var rate = probes[i].Run(options.RoundLength);
                rates[i].Add(rate);
                log($"round {round}/{options.Rounds} {probes[i].Name} ({probes[i].Threads}): {rate.PerSecond:N0}/s, {rate.PerCpuSecond:N0}/CPU-s, {GC.CollectionCount(2) - collections} gen2 GCs");
            }
        }
        return probes.Select((p, i) => new ProbeResult(p.Name, p.Threads, rates[i])).ToList();
    }
}
