namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>The rates of every measured round of one probe, in operations per second.</summary>
public sealed record ProbeResult(string Name, int Threads, IReadOnlyList<double> Rounds)
{
    public double Median
    {
        get
        {
            var sorted = Rounds.Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public double Min => Rounds.Min();
    public double Max => Rounds.Max();
}
