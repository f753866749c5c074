namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>The rates of every measured round of one probe.</summary>
public sealed record ProbeResult(string Name, int Threads, IReadOnlyList<Rate> Rounds)
{
    /// <summary>Median operations per wall-clock second.</summary>
    public double Median => MedianOf(Rounds.Select(r => r.PerSecond));

    public double Min => Rounds.Min(r => r.PerSecond);
    public double Max => Rounds.Max(r => r.PerSecond);

    /// <summary>Median operations per CPU-second of the process; null when the probe cannot tell.</summary>
    public double? MedianPerCpuSecond => Rounds.All(r => r.PerCpuSecond is not null) ? MedianOf(Rounds.Select(r => r.PerCpuSecond!.Value)) : null;

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
