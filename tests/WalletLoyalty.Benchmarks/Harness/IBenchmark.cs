namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>One subcommand of the benchmark tool, e.g. <c>passes</c>.</summary>
public interface IBenchmark
{
    string Name { get; }
    string Description { get; }
    Task<int> RunAsync(BenchmarkOptions options);
}
