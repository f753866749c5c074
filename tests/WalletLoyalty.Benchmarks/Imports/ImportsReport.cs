using System.Globalization;
using System.Text;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Imports;

/// <summary>The Markdown section of the imports benchmark.</summary>
public sealed record ImportsReport(MachineInfo Machine, int Members, int Purchases, IReadOnlyList<ImportSetupFigures> Runs, string? Server, double? LoadBefore, double? LoadAfter)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("### Bulk import from CSV (`imports`)").AppendLine();
        text.AppendLine(Invariant($"Measured {Machine.MeasuredAt:yyyy-MM-dd HH:mm} UTC on **{Machine.Cpu}**, {Machine.Cores} cores, {Machine.OperatingSystem}, {Machine.Runtime}; 1-minute load average {Load(LoadBefore)} before, {Load(LoadAfter)} after."));
        text.AppendLine(Invariant($"{Members:N0} members of the demo program (every column: names, e-mail, phone, birthday, an opening balance, joined_at, two thirds consenting), then {Purchases:N0} purchases of theirs over the last two years (two stores, categories on most), each uploaded as one CSV file over loopback to the service in the benchmark's process and followed through `GET /api/v1/imports/{{id}}` every 250 ms; batches of 1 000 rows per transaction, SQLite with `synchronous=FULL`; {(Server is null ? "PostgreSQL " + StoreSetup.NotMeasured : Server)}. Memory is the benchmark process's (the service included), read every 100 ms during each import."));
        text.AppendLine();
        text.AppendLine("| Store | File | Size | Rows | Upload accepted | Import done | Rows/s | Peak working set | Peak GC heap | GC heap, 2nd half / 1st |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var run in Runs)
        {
            foreach (var file in new[] { run.Members, run.Purchases })
            {
                text.AppendLine(Invariant($"| {run.Setup.Name} | {file.Kind} | {file.Bytes / 1048576.0:0.0} MB | {file.RowsDone:N0} of {file.RowsTotal:N0} ({file.Errors:N0} refused) | {file.Accepted.TotalSeconds:0.0} s | {file.Total.TotalSeconds:0.0} s | {file.RowsPerSecond:N0} | {file.PeakWorkingSetMiB:N0} MiB | {file.PeakGcHeapMiB:N0} MiB | {file.LateHeapOverEarly:0.00} |"));
            }
        }
        text.AppendLine();
        foreach (var run in Runs)
        {
            var met = run.Total <= ImportsBenchmark.Aim;
            text.AppendLine(Invariant($"- {run.Setup.Name}: **aim ≤ {ImportsBenchmark.Aim.TotalMinutes:0} minutes for both files {(met ? "met" : "not met")}** ({run.Total.TotalSeconds:0} s from the first upload to the last row); ledger check {(run.LedgerHolds ? "passed: every member and purchase in once, every balance the sum of its ledger, every tier from its last 365 days" : "FAILED")}."));
        }
        text.AppendLine();
        text.AppendLine("\"Upload accepted\" includes streaming the file to the import folder and counting its rows; \"import done\" is from the upload's start until the status says completed.");
        return text.ToString();
    }

    private static string Load(double? load) => load is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
