using System.Globalization;

namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>The options every benchmark command shares: how long to warm up, how long and how often to measure, where to write.</summary>
public sealed record BenchmarkOptions
{
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan RoundLength { get; init; } = TimeSpan.FromSeconds(2);
    public int Rounds { get; init; } = 5;

    /// <summary>Request rates per second for open-loop benchmarks; null for the benchmark's own list.</summary>
    public IReadOnlyList<int>? Rates { get; init; }

    /// <summary>How long a load benchmark holds each rate; null for the benchmark's own length.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>How many items a benchmark prepares (members, registrations); null for the benchmark's own count.</summary>
    public int? Count { get; init; }

    /// <summary>An Npgsql connection string for benchmarks that also measure PostgreSQL; null to leave it out.</summary>
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("WALLETLOYALTY_BENCH_POSTGRES") is { Length: > 0 } fromEnvironment ? fromEnvironment : null;

    /// <summary>The Markdown file whose section for this benchmark is replaced with the results; null prints only.</summary>
    public string? WritePath { get; init; }

    public const string Usage = """
          --rounds N       measured rounds per probe, median reported (passes, stores; default 5)
          --seconds S      length of one round in seconds (default 2)
          --warmup S       warm-up per probe in seconds before the first round (default 1)
          --rates A,B,C    request rates per second (earns; default 200,500,1000)
          --duration S     seconds at each rate, the long run three times as long (earns; default 10)
          --count N        members (earns and stores, default 1000; campaign, default 100000) or registrations (pushes, default 100000)
          --postgres CS    Npgsql connection string to a server where the benchmark may create databases: adds PostgreSQL
                           (earns, pushes, campaign: one node and two nodes; stores) beside SQLite; or WALLETLOYALTY_BENCH_POSTGRES
          --write PATH     also write the results into PATH (e.g. docs/benchmarks.md), replacing this benchmark's section
        """;

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--rounds" => options with { Rounds = Math.Max(1, int.Parse(value, CultureInfo.InvariantCulture)) },
                "--seconds" => options with { RoundLength = Seconds(value) },
                "--warmup" => options with { WarmUp = Seconds(value) },
                "--rates" => options with { Rates = value.Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToList() },
                "--duration" => options with { Duration = Seconds(value) },
                "--count" => options with { Count = Math.Max(1, int.Parse(value, CultureInfo.InvariantCulture)) },
                "--postgres" => options with { Postgres = value },
                "--write" => options with { WritePath = value },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
            i++;
        }
        return options;
    }

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
}
