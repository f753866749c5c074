using System.Globalization;
using System.Text;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Kpis;

/// <summary>The Markdown section of the KPIs benchmark.</summary>
public sealed record KpisReport(MachineInfo Machine, int Members, int Entries, int Runs, IReadOnlyList<KpiSetupFigures> Setups, string? Server, double? LoadBefore, double? LoadAfter)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("### Loyalty KPIs (`kpis`)").AppendLine();
        text.AppendLine(Invariant($"Measured {Machine.MeasuredAt:yyyy-MM-dd HH:mm} UTC on **{Machine.Cpu}**, {Machine.Cores} cores, {Machine.OperatingSystem}, {Machine.Runtime}; 1-minute load average {Load(LoadBefore)} before, {Load(LoadAfter)} after."));
        text.AppendLine(Invariant($"{Members:N0} members of the demo program (joined over three years, four flyer sources and none, three tiers) and {Entries:N0} ledger entries over the last two years at two stores (purchases, most with categories, one in a hundred refunded; redemptions), written in bulk; `KpiReport.ComputeAsync` called in the benchmark's process, each answer with the period before it, {Runs} timed calls after one warm-up; SQLite with the service's settings; {(Server is null ? "PostgreSQL " + StoreSetup.NotMeasured : Server + ", after `ANALYZE`")}."));
        text.AppendLine();
        text.AppendLine("| Store | Query | Median | Max | CPU of the process (median call) | Customers | Purchases |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var setup in Setups)
        {
            foreach (var t in setup.Timings)
            {
                text.AppendLine(Invariant($"| {setup.Setup.Name} | {t.Name} | {t.MedianMs:N0} ms | {t.MaxMs:N0} ms | {t.MedianCpuMs:N0} ms | {t.Customers:N0} | {t.Purchases:N0} |"));
            }
        }
        text.AppendLine();
        foreach (var setup in Setups)
        {
            var year = setup.Timings[0];
            var met = year.MedianMs <= KpisBenchmark.Aim.TotalMilliseconds;
            text.AppendLine(Invariant($"- {setup.Setup.Name}: **aim ≤ {KpisBenchmark.Aim.TotalSeconds:0} s for a year {(met ? "met" : "not met")}** (median {year.MedianMs:N0} ms, {year.MedianCpuMs:N0} ms of CPU in the benchmark's process{(setup.Setup.IsPostgres ? ", the server's not counted" : "")}); seeding took {setup.Seeding.TotalSeconds:0} s."));
        }
        return text.ToString();
    }

    private static string Load(double? load) => load is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
