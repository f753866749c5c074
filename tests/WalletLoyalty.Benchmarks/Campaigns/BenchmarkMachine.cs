using System.Runtime.InteropServices;

namespace WalletLoyalty.Benchmarks.Campaigns;

public static class BenchmarkMachine
{
    public static string Describe() =>
        $"Machine: {Environment.ProcessorCount} logical CPUs, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; " +
        $"SQLite in WAL mode on local disk; {DateTimeOffset.UtcNow:yyyy-MM-dd}.";
}
