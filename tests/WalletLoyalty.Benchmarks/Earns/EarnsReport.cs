using System.Globalization;
using System.Text;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Earns;

/// <summary>The Markdown section of the earns benchmark: every store setup side by side, rate by rate.</summary>
public sealed record EarnsReport(
    MachineInfo Machine, int Members, IReadOnlyList<EarnsFigures> Figures, string? Server, TimeSpan SampleEvery, double? LoadBefore, double? LoadAfter)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("### Till earns (`earns`)").AppendLine();
        text.AppendLine(Invariant($"Measured {Machine.MeasuredAt:yyyy-MM-dd HH:mm} UTC on **{Machine.Cpu}**, {Machine.Cores} cores, {Machine.OperatingSystem}, {Machine.Runtime}; 1-minute load average {Load(LoadBefore)} before, {Load(LoadAfter)} after (runnable threads of all programs on the machine)."));
        text.AppendLine(Invariant($"The services and the load generator share this process and its {Machine.Cores} cores; each store setup has a fresh database with {Members:N0} members, and all of them run side by side for the whole run, each rate measured on one after the other, and a run starts only when every node has finished the requests of the run before (those whose client gave up included). SQLite in a temporary folder; {Server ?? "PostgreSQL " + StoreSetup.NotMeasured}, a database created for each setup and dropped afterwards; two nodes are two services in this process on their own ports with the same settings, the requests taking turns between them. `POST /api/v1/till/earn` over loopback HTTP/1.1, each request with its own receipt and `Idempotency-Key`. Open loop: latency counts from each request's due time."));
        text.AppendLine();

        text.AppendLine(Invariant($"One at a time (closed loop, the next earn sent when the previous is answered, {EarnsBenchmark.OneAtATimeLength.TotalSeconds:0} s) — the service time of an earn with no queue:"));
        text.AppendLine();
        text.AppendLine("| Store | Earns/s | p50 ms | p99 ms | max ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var setup in StoreSetup.All)
        {
            text.AppendLine(Find(setup) is { } f
                ? Invariant($"| {setup.Name} | {f.OneAtATime.Count / EarnsBenchmark.OneAtATimeLength.TotalSeconds:N0} | {f.OneAtATime.P50:0.00} | {f.OneAtATime.P99:0.00} | {f.OneAtATime.Max:0.0} |")
                : $"| {setup.Name} | {StoreSetup.NotMeasured} | – | – | – |");
        }
        text.AppendLine();

        text.AppendLine("| Rate asked | Store | Seconds | Requests | Answered /s | Errors | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | send lag p99 ms | CPU ms per earn |");
        text.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var rates = Figures.Count == 0 ? [] : Figures[0].Steps.Select(s => s.TargetRate).ToList();
        for (var i = 0; i < rates.Count; i++)
        {
            foreach (var f in Figures)
            {
                text.AppendLine(Row(Invariant($"{rates[i]:N0}"), f.Setup, f.Steps[i]));
            }
        }
        foreach (var f in Figures)
        {
            text.AppendLine(Row(Invariant($"{f.Soak.TargetRate:N0} (long run)"), f.Setup, f.Soak));
        }
        foreach (var setup in StoreSetup.All.Where(s => Find(s) is null))
        {
            text.AppendLine($"| – | {setup.Name} | {StoreSetup.NotMeasured} | – | – | – | – | – | – | – | – | – | – |");
        }
        text.AppendLine();
        AppendLongRun(text);
        AppendFindings(text);
        return text.ToString();
    }

    private EarnsFigures? Find(StoreSetup setup) => Figures.FirstOrDefault(f => f.Setup == setup);

    private static string Row(string rate, StoreSetup setup, LoadRun run)
    {
        var l = run.Latency;
        return Invariant($"| {rate} | {setup.Name} | {run.Duration.TotalSeconds:0} | {run.Requests:N0} | {run.AchievedRate:N0} | {run.Errors:N0}{(run.Drained ? "" : " (not drained)")} | {l.P50:0.00} | {l.P90:0.00} | {l.P99:0.00} | {l.P999:0.0} | {l.Max:0.0} | {run.SendLag.P99:0.00} | {run.CpuTime.TotalMilliseconds / run.Requests:0.00} |");
    }

    private void AppendLongRun(StringBuilder text)
    {
        if (Figures.Count == 0)
        {
            return;
        }
        text.AppendLine(Invariant($"Long runs at {Figures[0].Soak.TargetRate}/s, p50 / p99 ms of the requests due in each {SampleEvery.TotalSeconds:0} s window:"));
        text.AppendLine();
        text.AppendLine("| From s | " + string.Join(" | ", Figures.Select(f => f.Setup.Name)) + " |");
        text.AppendLine("| ---: | " + string.Join(" | ", Figures.Select(_ => "---:")) + " |");
        var windows = Figures.Select(f => f.Soak.Windows(SampleEvery)).ToList();
        foreach (var from in windows.SelectMany(w => w.Select(x => x.From)).Distinct().Order())
        {
            var cells = windows.Select(w => w.FirstOrDefault(x => x.From == from) is { Latency: { } l } ? Invariant($"{l.P50:0.00} / {l.P99:0.00}") : "–");
            text.AppendLine(Invariant($"| {from.TotalSeconds:0} | {string.Join(" | ", cells)} |"));
        }
        text.AppendLine();
    }

    private void AppendFindings(StringBuilder text)
    {
        foreach (var setup in StoreSetup.All)
        {
            var aim = setup.IsPostgres ? EarnsBenchmark.PostgresAimP99Milliseconds : EarnsBenchmark.SqliteAimP99Milliseconds;
            if (Find(setup) is not { } f)
            {
                text.AppendLine(Invariant($"- {setup.Name}: aim p99 ≤ {aim:0} ms at {EarnsBenchmark.AimRate} earns/s {StoreSetup.NotMeasured}."));
                continue;
            }
            var p99 = f.Steps.Append(f.Soak).Where(s => s.TargetRate == EarnsBenchmark.AimRate).Select(s => s.Latency.P99).ToList();
            if (p99.Count == 0)
            {
                continue;
            }
            var values = string.Join(" and ", p99.Select(p => Invariant($"{p:0.00} ms")));
            text.AppendLine(p99.Max() <= aim
                ? Invariant($"- {setup.Name}: **aim p99 ≤ {aim:0} ms at {EarnsBenchmark.AimRate} earns/s met** ({values}).")
                : Invariant($"- {setup.Name}: **aim p99 ≤ {aim:0} ms at {EarnsBenchmark.AimRate} earns/s not met** ({values}; {p99.Max() / aim:0.0} × the aim at worst)."));
        }
        AppendTwoNodes(text);
        foreach (var f in Figures)
        {
            var c = f.Check;
            text.AppendLine(Invariant($"- Ledger, {f.Setup.Name}: {c.Rows:N0} earn rows ({c.Receipts:N0} receipts), {c.Points:N0} points, balances {c.Balances:N0}, for {c.Acknowledged:N0} earns acknowledged with {c.PointsAcknowledged:N0} points (warm-up and one at a time included; {c.Unanswered:N0} sent without an acknowledgement): {c.Verdict}."));
        }
        foreach (var f in Figures.Where(f => f.Steps.Append(f.Soak).Any(s => s.Errors > 0)))
        {
            var runs = f.Steps.Append(f.Soak).Where(s => s.Errors > 0)
                .Select(s => Invariant($"{s.TargetRate:N0}/s{(s == f.Soak ? " (long run)" : "")}: {s.ErrorKinds}"));
            text.AppendLine($"- Errors on {f.Setup.Name} (\"without an answer\": the client's 20 s timeout): {string.Join("; ", runs)}.");
        }
        foreach (var f in Figures)
        {
            var settled = f.Soak.Samples.Where(s => s.Memory.At >= SampleEvery).ToList();
            if (settled.Count >= 2)
            {
                var ws = settled.Select(s => s.Memory.WorkingSetMiB).ToList();
                var heap = settled.Select(s => s.Memory.GcHeapMiB).ToList();
                text.AppendLine(Invariant($"- Memory of the whole process (every setup's services) during the long run on {f.Setup.Name}, from {settled[0].Memory.At.TotalSeconds:0} s on: working set {ws.Min():N0}–{ws.Max():N0} MiB, GC heap {heap.Min():N0}–{heap.Max():N0} MiB; {f.Connections:N0} connections opened in all."));
            }
        }
    }

    private void AppendTwoNodes(StringBuilder text)
    {
        var share = EarnsBenchmark.TwoNodesAimShare * 100;
        if (Find(StoreSetup.PostgresOneNode) is not { } one || Find(StoreSetup.PostgresTwoNodes) is not { } two)
        {
            text.AppendLine(Invariant($"- Two nodes: aim ≥ {share:0} % of one node's rate with the same exactness {StoreSetup.NotMeasured}."));
            return;
        }
        var ratios = one.Steps.Zip(two.Steps, (a, b) => (a.TargetRate, Ratio: b.AchievedRate / a.AchievedRate)).ToList();
        var worst = ratios.Min(r => r.Ratio);
        var met = worst >= EarnsBenchmark.TwoNodesAimShare && two.Check.Consistent && (two.Check.Exact || !one.Check.Exact);
        var each = string.Join(", ", ratios.Select(r => Invariant($"{r.Ratio * 100:0} % at {r.TargetRate:N0}/s")));
        text.AppendLine(Invariant($"- Two nodes against one on PostgreSQL, answered earns/s: {each}. **Aim ≥ {share:0} % of one node's rate with the same exactness: {(met ? "met" : "not met")}** (ledger on two nodes: {two.Check.Verdict}; on one: {one.Check.Verdict})."));
    }

    private static string Load(double? value) => value is { } load ? load.ToString("0.0", CultureInfo.InvariantCulture) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
