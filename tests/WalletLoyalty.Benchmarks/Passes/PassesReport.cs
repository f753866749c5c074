using System.Globalization;
using System.Text;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Passes;

/// <summary>The Markdown section of the passes benchmark: machine, table of rates, and the ratios the issue asks for.</summary>
public sealed record PassesReport(
    MachineInfo Machine,
    string? OpenSslCommand,
    BenchmarkOptions Options,
    IReadOnlyList<ProbeResult> Signing,
    IReadOnlyList<ProbeResult> Cached,
    ProbeResult RawOneThread,
    ProbeResult RawAllCores,
    ProbeResult? OpenSsl,
    ProbeResult PassesOneThread,
    ProbeResult PassesAllCores)
{
    public const double Target = 0.85;

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("### Signed passes (`passes`)").AppendLine();
        text.AppendLine(Invariant($"Measured {Machine.MeasuredAt:yyyy-MM-dd HH:mm} UTC on **{Machine.Cpu}**, {Machine.Cores} cores, {Machine.OperatingSystem}, {Machine.Runtime}; .NET signs with OpenSSL {Machine.OpenSslLibrary}; openssl command: {OpenSslCommand ?? "not found"}."));
        text.AppendLine(Invariant($"{Options.Rounds} interleaved rounds of {Options.RoundLength.TotalSeconds:0.#} s per probe after {Options.WarmUp.TotalSeconds:0.#} s of warm-up; the median round is shown, with the slowest and fastest.")).AppendLine();
        text.AppendLine("| What | Threads | Median /s | Rounds (min–max) | Per CPU-second | vs .NET raw RSA, same threads | same, by CPU time | vs openssl speed × threads |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in Signing)
        {
            var raw = result.Threads == 1 ? RawOneThread : RawAllCores;
            var isOpenSsl = result == OpenSsl;
            var vsRaw = isOpenSsl ? "–" : Percent(result.Median / raw.Median);
            var vsRawCpu = isOpenSsl ? "–" : Percent(result.MedianPerCpuSecond / raw.MedianPerCpuSecond);
            var vsOpenSsl = OpenSsl is null ? "–" : Percent(result.Median / (OpenSsl.Median * result.Threads));
            text.AppendLine(Invariant($"| {result.Name} | {result.Threads} | {result.Median:N0} | {result.Min:N0}–{result.Max:N0} | {Number(result.MedianPerCpuSecond)} | {vsRaw} | {vsRawCpu} | {vsOpenSsl} |"));
        }
        foreach (var result in Cached)
        {
            text.AppendLine(Invariant($"| {result.Name} | {result.Threads} | {result.Median:N0} | {result.Min:N0}–{result.Max:N0} | {Number(result.MedianPerCpuSecond)} | – | – | – |"));
        }
        text.AppendLine();
        text.AppendLine(Invariant($"- Signed passes against raw .NET RSA signatures with the same key, by wall-clock rate: **{Percent(PassesOneThread.Median / RawOneThread.Median)}** on 1 thread, **{Percent(PassesAllCores.Median / RawAllCores.Median)}** on {PassesAllCores.Threads} threads (target ≥ {Percent(Target)})."));
        text.AppendLine(Invariant($"- The same by CPU time (operations per CPU-second of the process, steadier on a shared machine): **{Percent(PassesOneThread.MedianPerCpuSecond / RawOneThread.MedianPerCpuSecond)}** on 1 thread, **{Percent(PassesAllCores.MedianPerCpuSecond / RawAllCores.MedianPerCpuSecond)}** on {PassesAllCores.Threads} threads."));
        if (OpenSsl is not null)
        {
            text.AppendLine(Invariant($"- Against `openssl speed rsa2048` on one core ({OpenSsl.Median:N0} signs/s): **{Percent(PassesOneThread.Median / OpenSsl.Median)}** on 1 thread, **{Percent(PassesAllCores.Median / (OpenSsl.Median * PassesAllCores.Threads))}** on {PassesAllCores.Threads} threads (against {PassesAllCores.Threads} × the one-core rate); .NET's own raw rate is {Percent(RawOneThread.Median / OpenSsl.Median)} of openssl's."));
        }
        if (PassesOneThread.MedianPerCpuSecond is { } passCpu && RawOneThread.MedianPerCpuSecond is { } rawCpu)
        {
            text.AppendLine(Invariant($"- CPU time per pass besides the RSA signature: about {1e6 / passCpu - 1e6 / rawCpu:N0} µs, against {1e6 / rawCpu:N0} µs for the signature itself (1 thread)."));
        }
        return text.ToString();
    }

    private static string Percent(double? ratio) => ratio is { } value ? Invariant($"{value * 100:0.0} %") : "–";

    private static string Number(double? value) => value is { } number ? Invariant($"{number:N0}") : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
