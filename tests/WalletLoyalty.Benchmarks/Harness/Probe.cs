namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>Something measured in operations per second, one round at a time.</summary>
public abstract record Probe(string Name, int Threads)
{
    /// <summary>Whether a warm-up run should precede the measured rounds (JIT, caches, lazy state).</summary>
    public virtual bool NeedsWarmUp => true;

    /// <summary>Runs one round of about the given length.</summary>
    public abstract Rate Run(TimeSpan length);
}
