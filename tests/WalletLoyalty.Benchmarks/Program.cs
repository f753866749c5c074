using WalletLoyalty.Benchmarks.Campaigns;
using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Benchmarks.Earns;
using WalletLoyalty.Benchmarks.Imports;
using WalletLoyalty.Benchmarks.Kpis;
using WalletLoyalty.Benchmarks.Passes;
using WalletLoyalty.Benchmarks.Pushes;
using WalletLoyalty.Benchmarks.Stores;

IBenchmark[] benchmarks = [new PassesBenchmark(), new EarnsBenchmark(), new PushesBenchmark(), new CampaignBenchmark(), new StoresBenchmark(), new ImportsBenchmark(), new KpisBenchmark(), new KpiTablesBenchmark()];

var chosen = args.Length == 0 ? null : benchmarks.FirstOrDefault(b => b.Name == args[0]);
if (chosen is null)
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/WalletLoyalty.Benchmarks -- <benchmark> [options]");
    Console.Error.WriteLine();
    Console.Error.WriteLine("benchmarks:");
    foreach (var benchmark in benchmarks)
    {
        Console.Error.WriteLine($"  {benchmark.Name,-14} {benchmark.Description}");
    }
    Console.Error.WriteLine();
    Console.Error.WriteLine("options:");
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return args is ["-h" or "--help"] ? 0 : 2;
}

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args[1..]);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
return await chosen.RunAsync(options);
