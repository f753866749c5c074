using System.Globalization;
using System.Text;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Pushes;

/// <summary>The Markdown section of the pushes benchmark.</summary>
public sealed record PushesReport(
    MachineInfo Machine, int Count, PushesBenchmark.ClientRun Client, IReadOnlyList<DispatcherRun> Drains, string? Server, double? LoadBefore, double? LoadAfter)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("### APNs pushes (`pushes`)").AppendLine();
        text.AppendLine(Invariant($"Measured {Machine.MeasuredAt:yyyy-MM-dd HH:mm} UTC on **{Machine.Cpu}**, {Machine.Cores} cores, {Machine.OperatingSystem}, {Machine.Runtime}; 1-minute load average {Load(LoadBefore)} before, {Load(LoadAfter)} after."));
        text.AppendLine("The fake APNs (`LocalApns` in the benchmark: HTTP/2 over TLS, client certificate required, 200 for every push, no request checks, one port per node) runs in the same process and shares the cores with the senders.");
        text.AppendLine(Invariant($"Each store setup gets a fresh database: SQLite in a temporary folder; {Server ?? "PostgreSQL " + StoreSetup.NotMeasured}, a database created for the setup and dropped afterwards. Two nodes are two services in this process with the same settings, both dispatchers on, draining the one outbox."));
        text.AppendLine();
        text.AppendLine("| What | Pushes | Seconds from commit | Pushes/s from commit | Pushes/s, first to last recorded round | Sent per node | Every row pushed exactly once | CPU ms per 1 000 pushes | TLS connections | Working set MiB (start → end) | GC heap MiB (start → end) |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        text.AppendLine(Invariant($"| `ApnsClient` alone, {PushesBenchmark.ClientInFlight} in flight | {Client.Delivered:N0} | {Client.Elapsed.TotalSeconds:0.0} | {Client.PerSecond:N0} | – | – | – | {Client.Cpu.TotalMilliseconds / Client.Delivered * 1000:N0} | {Client.Connections} | {Client.Before.WorkingSetMiB:N0} → {Client.After.WorkingSetMiB:N0} | {Client.Before.GcHeapMiB:N0} → {Client.After.GcHeapMiB:N0} |"));
        foreach (var setup in StoreSetup.All)
        {
            if (Find(setup) is not { } d)
            {
                text.AppendLine($"| Dispatcher, {setup.Name} | {StoreSetup.NotMeasured} | – | – | – | – | – | – | – | – | – |");
                continue;
            }
            var first = d.Samples[0].Memory;
            var last = d.Samples[^1].Memory;
            var peak = d.Samples.Max(s => s.Memory.WorkingSetMiB);
            var perNode = string.Join(" + ", d.PerNode.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)));
            text.AppendLine(Invariant($"| Dispatcher, {setup.Name} | {d.Sent:N0} | {d.UntilDrained.TotalSeconds:0.0} | {d.PerSecondFromCommit:N0} | {d.PerSecondWhileSending:N0} | {perNode} | {(d.ExactlyOnce ? "yes" : "**no**: " + d.Delivery.Describe())} | {d.Cpu.TotalMilliseconds / Math.Max(1, d.Sent) * 1000:N0} | {d.Connections} | {first.WorkingSetMiB:N0} → {last.WorkingSetMiB:N0} (peak {peak:N0}) | {first.GcHeapMiB:N0} → {last.GcHeapMiB:N0} |"));
        }
        text.AppendLine();
        text.AppendLine(Invariant($"- {Count:N0} Apple devices, each registered for one of {Math.Min(1000, Count):N0} store cards, with one pending `apns` outbox row each, inserted in one transaction into running services ({string.Join(", ", Drains.Select(d => Invariant($"{d.Setup.Name} {d.SeedTime.TotalSeconds:0.0} s")))}); \"from commit\" includes up to 1 s until an idle dispatcher polls. \"Exactly once\" counts the fake's pushes per device token against the outbox rows: {string.Join("; ", Drains.Select(d => $"{d.Setup.Name}: {d.Delivery.Describe()}"))}."));
        foreach (var d in Drains)
        {
            text.AppendLine(d.PerSecondFromCommit >= PushesBenchmark.AimPerSecond
                ? Invariant($"- {d.Setup.Name}: **aim ≥ {PushesBenchmark.AimPerSecond:N0} pushes/s met** by the whole dispatcher path ({d.PerSecondFromCommit:N0}/s from commit; the client alone {Client.PerSecond:N0}/s).")
                : Invariant($"- {d.Setup.Name}: **aim ≥ {PushesBenchmark.AimPerSecond:N0} pushes/s not met** by the whole dispatcher path ({d.PerSecondFromCommit:N0}/s from commit, {d.PerSecondFromCommit / PushesBenchmark.AimPerSecond * 100:0} % of the aim; the client alone {Client.PerSecond:N0}/s)."));
        }
        AppendTwoNodes(text);
        AppendProgress(text);
        return text.ToString();
    }

    private DispatcherRun? Find(StoreSetup setup) => Drains.FirstOrDefault(d => d.Setup == setup);

    private void AppendTwoNodes(StringBuilder text)
    {
        var share = Earns.EarnsBenchmark.TwoNodesAimShare;
        if (Find(StoreSetup.PostgresOneNode) is not { } one || Find(StoreSetup.PostgresTwoNodes) is not { } two)
        {
            text.AppendLine(Invariant($"- Two nodes: aim ≥ {share * 100:0} % of one node's rate, every row sent once, {StoreSetup.NotMeasured}."));
            return;
        }
        var ratio = two.PerSecondFromCommit / one.PerSecondFromCommit;
        var met = ratio >= share && two.ExactlyOnce;
        text.AppendLine(Invariant($"- Two nodes against one on PostgreSQL: {ratio * 100:0} % of one node's rate from commit ({two.PerSecondFromCommit:N0}/s against {one.PerSecondFromCommit:N0}/s), {(two.ExactlyOnce ? "every row pushed exactly once" : "**not** every row pushed exactly once")}. **Aim ≥ {share * 100:0} % with every row sent once: {(met ? "met" : "not met")}.**"));
    }

    private void AppendProgress(StringBuilder text)
    {
        if (Drains.Count == 0)
        {
            return;
        }
        text.AppendLine();
        text.AppendLine("Dispatcher progress, rows sent (counted in the database about once a second):");
        text.AppendLine();
        text.AppendLine("| At s | " + string.Join(" | ", Drains.Select(d => d.Setup.Name)) + " |");
        text.AppendLine("| ---: | " + string.Join(" | ", Drains.Select(_ => "---:")) + " |");
        var longest = Drains.Max(d => d.UntilDrained.TotalSeconds);
        var step = Math.Max(1, (int)Math.Ceiling(longest / 15));
        for (var second = 0; second <= Math.Ceiling(longest); second += step)
        {
            var cells = Drains.Select(d => d.UntilDrained.TotalSeconds < second
                ? "done"
                : d.Samples.Last(s => s.Memory.At.TotalSeconds <= second + 0.5).Sent.ToString("N0", CultureInfo.InvariantCulture));
            text.AppendLine(Invariant($"| {second} | {string.Join(" | ", cells)} |"));
        }
    }

    private static string Load(double? value) => value is { } load ? load.ToString("0.0", CultureInfo.InvariantCulture) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
