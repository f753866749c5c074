using System.Globalization;
using System.Text;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Stores;

/// <summary>The Markdown section of the stores benchmark: rates and latencies per store and writers, against SQLite NORMAL.</summary>
public sealed record StoresReport(
    MachineInfo Machine, BenchmarkOptions Options, int Members, IReadOnlyList<(string Store, string Durability)> Stores,
    IReadOnlyList<StoreResult> Results, IReadOnlyList<StoreCheck> Checks, string? PostgresServer, double? LoadBefore, double? LoadAfter)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("### The till's earn on each store (`stores`)").AppendLine();
        text.AppendLine(Invariant($"Measured {Machine.MeasuredAt:yyyy-MM-dd HH:mm} UTC on **{Machine.Cpu}**, {Machine.Cores} cores, {Machine.OperatingSystem}, {Machine.Runtime}; 1-minute load average {Load(LoadBefore)} before, {Load(LoadAfter)} after."));
        text.AppendLine(Invariant($"{Members:N0} members; one earn = idempotency row, ledger row, conditional balance update, outbox row, one commit. {Options.Rounds} interleaved rounds of {Options.RoundLength.TotalSeconds:0.#} s per probe after {Options.WarmUp.TotalSeconds:0.#} s of warm-up; the median round is shown, the ratio is the median of the per-round ratios against SQLite NORMAL with the same writers; latency is every earn of the measured rounds, start to commit. Per CPU-second counts this process only: for PostgreSQL the client's side, not the server's."));
        text.AppendLine();
        text.AppendLine("| Store | Writers | Median earns/s | Rounds (min–max) | vs SQLite NORMAL | Per CPU-second of this process | p50 ms | p99 ms | max ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in Results)
        {
            var rate = result.Rate;
            var latency = result.Latency;
            text.AppendLine(Invariant($"| {result.Store} | {rate.Threads} | {rate.Median:N0} | {rate.Min:N0}–{rate.Max:N0} | {Ratio(result)} | {result.Rate.MedianPerCpuSecond:N0} | {latency.P50:0.00} | {latency.P99:0.00} | {latency.Max:0.0} |"));
        }
        if (PostgresServer is null)
        {
            text.AppendLine("| PostgreSQL | – | not measured (no --postgres) | – | – | – | – | – | – |");
        }
        text.AppendLine();
        text.AppendLine("What a commit waits for:").AppendLine();
        foreach (var (store, durability) in Stores)
        {
            text.AppendLine($"- **{store}**: {durability}.");
        }
        if (PostgresServer is not null)
        {
            text.AppendLine($"- Server: {PostgresServer}, on the same machine (its server processes share the cores with the benchmark).");
        }
        text.AppendLine();
        foreach (var check in Checks)
        {
            text.AppendLine(Invariant($"- Check, {check.Store}: {check.Totals.LedgerRows:N0} ledger rows and {check.Totals.PointsBalance:N0} points in balances for {check.EarnsCounted:N0} earns done (warm-up included): {(check.Holds ? "as expected" : "**mismatch**")}."));
        }
        return text.ToString();
    }

    private string Ratio(StoreResult result)
    {
        var baseline = Results.FirstOrDefault(r => r.Rate.Threads == result.Rate.Threads);
        if (baseline is null || ReferenceEquals(baseline, result))
        {
            return "1.00 ×";
        }
        var ratios = result.Rate.Rounds.Zip(baseline.Rate.Rounds, (a, b) => a.PerSecond / b.PerSecond).Order().ToList();
        var middle = ratios.Count / 2;
        var median = ratios.Count % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
        return Invariant($"{median:0.00} ×");
    }

    private static string Load(double? value) => value is { } load ? load.ToString("0.0", CultureInfo.InvariantCulture) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
