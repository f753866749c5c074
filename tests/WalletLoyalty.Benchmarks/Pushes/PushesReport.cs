using System.Globalization;
using System.Text;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Pushes;

/// <summary>The Markdown section of the pushes benchmark.</summary>
public sealed record PushesReport(
    MachineInfo Machine, int Count, PushesBenchmark.ClientRun Client, PushesBenchmark.DispatcherRun Dispatcher, double? LoadBefore, double? LoadAfter)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("### APNs pushes (`pushes`)").AppendLine();
        text.AppendLine(Invariant($"Measured {Machine.MeasuredAt:yyyy-MM-dd HH:mm} UTC on **{Machine.Cpu}**, {Machine.Cores} cores, {Machine.OperatingSystem}, {Machine.Runtime}; 1-minute load average {Load(LoadBefore)} before, {Load(LoadAfter)} after."));
        text.AppendLine("The fake APNs (`LocalApns` in the benchmark: HTTP/2 over TLS, client certificate required, 200 for every push, no request checks) runs in the same process and shares the cores with the sender.");
        text.AppendLine();
        text.AppendLine("| What | Pushes | Seconds | Pushes/s | CPU ms per 1 000 pushes | TLS connections | Working set MiB (start → end) | GC heap MiB (start → end) |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        text.AppendLine(Invariant($"| `ApnsClient` alone, {PushesBenchmark.ClientInFlight} in flight | {Client.Delivered:N0} | {Client.Elapsed.TotalSeconds:0.0} | {Client.PerSecond:N0} | {Client.Cpu.TotalMilliseconds / Client.Delivered * 1000:N0} | {Client.Connections} | {Client.Before.WorkingSetMiB:N0} → {Client.After.WorkingSetMiB:N0} | {Client.Before.GcHeapMiB:N0} → {Client.After.GcHeapMiB:N0} |"));
        var first = Dispatcher.Samples[0].Memory;
        var last = Dispatcher.Samples[^1].Memory;
        var peak = Dispatcher.Samples.Max(s => s.Memory.WorkingSetMiB);
        text.AppendLine(Invariant($"| Dispatcher draining the outbox, from commit | {Dispatcher.Sent:N0} | {Dispatcher.UntilDrained.TotalSeconds:0.0} | {Dispatcher.PerSecondFromCommit:N0} | {Dispatcher.Cpu.TotalMilliseconds / Math.Max(1, Dispatcher.Sent) * 1000:N0} | {Dispatcher.Connections} | {first.WorkingSetMiB:N0} → {last.WorkingSetMiB:N0} (peak {peak:N0}) | {first.GcHeapMiB:N0} → {last.GcHeapMiB:N0} |"));
        text.AppendLine(Invariant($"| Dispatcher, first to last recorded round | {Dispatcher.Sent - Dispatcher.FirstRound:N0} | {Dispatcher.FirstToLastSent.TotalSeconds:0.0} | {Dispatcher.PerSecondWhileSending:N0} | – | – | – | – |"));
        text.AppendLine();
        text.AppendLine(Invariant($"- {Count:N0} Apple devices, each registered for one of {Math.Min(1000, Count):N0} store cards, with one pending `apns` outbox row each, inserted in one transaction ({Dispatcher.SeedTime.TotalSeconds:0.0} s) into a running service; \"from commit\" includes up to 1 s until the idle dispatcher polls. {Dispatcher.NotSent:N0} not sent."));
        var best = Math.Max(Dispatcher.PerSecondFromCommit, double.IsNaN(Dispatcher.PerSecondWhileSending) ? 0 : Dispatcher.PerSecondWhileSending);
        text.AppendLine(Dispatcher.PerSecondFromCommit >= PushesBenchmark.AimPerSecond
            ? Invariant($"- **Aim ≥ {PushesBenchmark.AimPerSecond:N0} pushes/s: met** by the whole dispatcher path ({Dispatcher.PerSecondFromCommit:N0}/s from commit); the client alone reaches {Client.PerSecond:N0}/s.")
            : Invariant($"- **Aim ≥ {PushesBenchmark.AimPerSecond:N0} pushes/s: {(Client.PerSecond >= PushesBenchmark.AimPerSecond ? "met by `ApnsClient` alone" : "not met by `ApnsClient` alone")} ({Client.PerSecond:N0}/s, {Client.PerSecond / PushesBenchmark.AimPerSecond * 100:0} % of the aim); the whole dispatcher path: {Dispatcher.PerSecondFromCommit:N0}/s from commit, {Dispatcher.PerSecondWhileSending:N0}/s while sending ({best / PushesBenchmark.AimPerSecond * 100:0} % of the aim at best).**"));
        text.AppendLine();
        text.AppendLine("Dispatcher progress (sent rows counted in the database, memory of the whole process):");
        text.AppendLine();
        text.AppendLine("| At s | Sent | Working set MiB | GC heap MiB | Gen2 GCs so far |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: |");
        var step = Math.Max(1, Dispatcher.Samples.Count / 15);
        foreach (var (memory, sent) in Dispatcher.Samples.Where((_, i) => i % step == 0 || i == Dispatcher.Samples.Count - 1))
        {
            text.AppendLine(Invariant($"| {memory.At.TotalSeconds:0.0} | {sent:N0} | {memory.WorkingSetMiB:N0} | {memory.GcHeapMiB:N0} | {memory.Gen2} |"));
        }
        return text.ToString();
    }

    private static string Load(double? value) => value is { } load ? load.ToString("0.0", CultureInfo.InvariantCulture) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
