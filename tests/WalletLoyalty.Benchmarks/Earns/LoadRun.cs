using System.Diagnostics;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Earns;

/// <summary>The raw timings of one open-loop run (Stopwatch timestamps per request) and what follows from them.</summary>
public sealed class LoadRun(
    int rate, TimeSpan duration, long start, long[] due, long[] sent, long[] done, int[] status, bool drained, TimeSpan cpu,
    IReadOnlyList<LoadRun.Sample> samples)
{
    public readonly record struct Sample(MemoryReading Memory, long Completed);

    public int TargetRate => rate;
    public TimeSpan Duration => duration;
    public int Requests => due.Length;
    public bool Drained => drained;
    public IReadOnlyList<Sample> Samples => samples;
    public int Errors => status.Count(s => s is < 200 or >= 300);
    public int Succeeded => Requests - Errors;

    /// <summary>The errors by kind, e.g. "310 without an answer, 12 × 500"; empty when there were none.</summary>
    public string ErrorKinds => string.Join(", ", status.Where(s => s is < 200 or >= 300).GroupBy(s => s).OrderBy(g => g.Key)
        .Select(g => g.Key == -1 ? $"{g.Count():N0} without an answer" : $"{g.Count():N0} × {g.Key}"));
    public TimeSpan CpuTime => cpu;

    /// <summary>Successful answers per second, from the first due time to the last answer.</summary>
    public double AchievedRate => Succeeded / Stopwatch.GetElapsedTime(start, done.Max()).TotalSeconds;

    /// <summary>Milliseconds from due time to answer, every request that was answered.</summary>
    public Percentiles Latency => Percentiles.Of(Enumerable.Range(0, Requests).Where(i => done[i] != 0).Select(i => Milliseconds(due[i], done[i])));

    /// <summary>Milliseconds from due time to the moment the request was handed to HttpClient (the scheduler's own lateness).</summary>
    public Percentiles SendLag => Percentiles.Of(Enumerable.Range(0, Requests).Select(i => Milliseconds(due[i], sent[i])));

    /// <summary>Latency of the requests due in each window of the run.</summary>
    public IReadOnlyList<(TimeSpan From, Percentiles Latency)> Windows(TimeSpan window)
    {
        var perWindow = (long)(window.TotalSeconds * Stopwatch.Frequency);
        return Enumerable.Range(0, Requests).Where(i => done[i] != 0)
            .GroupBy(i => (due[i] - start) / perWindow)
            .OrderBy(g => g.Key)
            .Select(g => (TimeSpan.FromSeconds(g.Key * window.TotalSeconds), Percentiles.Of(g.Select(i => Milliseconds(due[i], done[i])))))
            .ToList();
    }

    private static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
}
