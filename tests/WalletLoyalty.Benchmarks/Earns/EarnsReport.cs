using System.Globalization;
using System.Text;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Earns;

/// <summary>The Markdown section of the earns benchmark.</summary>
public sealed record EarnsReport(
    MachineInfo Machine, int Members, int Connections, Percentiles OneAtATime, IReadOnlyList<LoadRun> Steps, LoadRun Soak, long LedgerRows, TimeSpan SampleEvery,
    double? LoadBefore, double? LoadAfter)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("### Till earns (`earns`)").AppendLine();
        text.AppendLine(Invariant($"Measured {Machine.MeasuredAt:yyyy-MM-dd HH:mm} UTC on **{Machine.Cpu}**, {Machine.Cores} cores, {Machine.OperatingSystem}, {Machine.Runtime}; 1-minute load average {Load(LoadBefore)} before, {Load(LoadAfter)} after (runnable threads of all programs on the machine)."));
        text.AppendLine(Invariant($"The service and the load generator share this process and its {Machine.Cores} cores; SQLite in a temporary folder, {Members:N0} members, `POST /api/v1/till/earn` over loopback HTTP/1.1 ({Connections} connections opened in all), each request with its own receipt and `Idempotency-Key`. Open loop: latency counts from each request's due time."));
        text.AppendLine();
        text.AppendLine(Invariant($"One at a time (closed loop, the next earn sent when the previous is answered, 5 s): {OneAtATime.Count / 5.0:N0} earns/s, p50 {OneAtATime.P50:0.00} ms, p99 {OneAtATime.P99:0.00} ms, max {OneAtATime.Max:0.0} ms — the service time of an earn with no queue."));
        text.AppendLine();
        text.AppendLine("| Rate asked | Seconds | Requests | Answered /s | Errors | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | send lag p99 ms | CPU ms per earn | Working set MiB (start → end) | GC heap MiB (start → end) |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var run in Steps.Append(Soak))
        {
            var l = run.Latency;
            var first = run.Samples[0].Memory;
            var last = run.Samples[^1].Memory;
            text.AppendLine(Invariant($"| {run.TargetRate:N0}{(run == Soak ? " (long run)" : "")} | {run.Duration.TotalSeconds:0} | {run.Requests:N0} | {run.AchievedRate:N0} | {run.Errors:N0}{(run.Drained ? "" : " (not drained)")} | {l.P50:0.00} | {l.P90:0.00} | {l.P99:0.00} | {l.P999:0.0} | {l.Max:0.0} | {run.SendLag.P99:0.00} | {run.CpuTime.TotalMilliseconds / run.Requests:0.00} | {first.WorkingSetMiB:N0} → {last.WorkingSetMiB:N0} | {first.GcHeapMiB:N0} → {last.GcHeapMiB:N0} |"));
        }
        text.AppendLine();
        text.AppendLine(Invariant($"Long run at {Soak.TargetRate}/s, every {SampleEvery.TotalSeconds:0} s (memory at the moment; latency of the requests due in the window before it):"));
        text.AppendLine();
        text.AppendLine("| At s | Working set MiB | GC heap MiB | Gen2 GCs so far | Window p50 ms | Window p99 ms | Window max ms |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var windows = Soak.Windows(SampleEvery);
        foreach (var sample in Soak.Samples)
        {
            var k = (int)Math.Round(sample.Memory.At / SampleEvery);
            var window = windows.FirstOrDefault(w => w.From == SampleEvery * (k - 1));
            var latency = k < 1 || window.Latency is null
                ? "– | – | –"
                : Invariant($"{window.Latency.P50:0.00} | {window.Latency.P99:0.00} | {window.Latency.Max:0.0}");
            text.AppendLine(Invariant($"| {sample.Memory.At.TotalSeconds:0} | {sample.Memory.WorkingSetMiB:N0} | {sample.Memory.GcHeapMiB:N0} | {sample.Memory.Gen2} | {latency} |"));
        }
        text.AppendLine();

        var aim = Steps.FirstOrDefault(s => s.TargetRate == EarnsBenchmark.AimRate);
        var aimP99 = new[] { aim?.Latency.P99, Soak.TargetRate == EarnsBenchmark.AimRate ? Soak.Latency.P99 : null }.Where(p => p is not null).Select(p => p!.Value).ToList();
        if (aimP99.Count > 0)
        {
            var worst = aimP99.Max();
            text.AppendLine(worst <= EarnsBenchmark.AimP99Milliseconds
                ? Invariant($"- **Aim p99 ≤ {EarnsBenchmark.AimP99Milliseconds:0} ms at {EarnsBenchmark.AimRate} earns/s: met** ({string.Join(" and ", aimP99.Select(p => Invariant($"{p:0.00} ms")))}).")
                : Invariant($"- **Aim p99 ≤ {EarnsBenchmark.AimP99Milliseconds:0} ms at {EarnsBenchmark.AimRate} earns/s: not met** ({string.Join(" and ", aimP99.Select(p => Invariant($"{p:0.00} ms")))}; {worst / EarnsBenchmark.AimP99Milliseconds:0.0} × the aim at worst)."));
        }
        var settled = Soak.Samples.Where(s => s.Memory.At >= SampleEvery * 2).ToList();
        if (settled.Count >= 2)
        {
            var ws = settled.Select(s => s.Memory.WorkingSetMiB).ToList();
            var heap = settled.Select(s => s.Memory.GcHeapMiB).ToList();
            text.AppendLine(Invariant($"- Memory over the long run from {settled[0].Memory.At.TotalSeconds:0} s on: working set {ws.Min():N0}–{ws.Max():N0} MiB (first {ws[0]:N0}, last {ws[^1]:N0}), GC heap {heap.Min():N0}–{heap.Max():N0} MiB (first {heap[0]:N0}, last {heap[^1]:N0})."));
        }
        var answered = Steps.Sum(s => s.Succeeded) + Soak.Succeeded;
        text.AppendLine(Invariant($"- Ledger check: {LedgerRows:N0} earn rows in the database for {answered:N0} successful measured earns (the rest: warm-up and one-at-a-time earns)."));
        return text.ToString();
    }

    private static string Load(double? value) => value is { } load ? load.ToString("0.0", CultureInfo.InvariantCulture) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
