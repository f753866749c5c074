namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>A rate measured by something else (an external tool) that keeps its own time.</summary>
public sealed record ExternalProbe(string Name, int Threads, Func<double> Measure) : Probe(Name, Threads)
{
    public override bool NeedsWarmUp => false;

    public override Rate Run(TimeSpan length) => new(Measure(), null);
}
