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
        text.AppendLine("| What | Threads | Median /s | Rounds (min–max) | vs .NET raw RSA, same threads | vs openssl speed × threads |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in Signing)
        {
            var raw = result.Threads == 1 ? RawOneThread : RawAllCores;
            var vsRaw = result == OpenSsl ? "–" : Percent(result.Median / raw.Median);
            var vsOpenSsl = OpenSsl is null ? "–" : Percent(result.Median / (OpenSsl.Median * result.Threads));
            text.AppendLine(Invariant($"| {result.Name} | {result.Threads} | {result.Median:N0} | {result.Min:N0}–{result.Max:N0} | {vsRaw} | {vsOpenSsl} |"));
        }
        foreach (var result in Cached)
        {
            text.AppendLine(Invariant($"| {result.Name} | {result.Threads} | {result.Median:N0} | {result.Min:N0}–{result.Max:N0} | – | – |"));
        }
        text.AppendLine();
        text.AppendLine(Invariant($"- Signed passes against raw .NET RSA signatures with the same key: **{Percent(PassesOneThread.Median / RawOneThread.Median)}** on 1 thread, **{Percent(PassesAllCores.Median / RawAllCores.Median)}** on {PassesAllCores.Threads} threads (target ≥ {Percent(Target)})."));
        if (OpenSsl is not null)
        {
            text.AppendLine(Invariant($"- Against `openssl speed rsa2048` on one core ({OpenSsl.Median:N0} signs/s): **{Percent(PassesOneThread.Median / OpenSsl.Median)}** on 1 thread, **{Percent(PassesAllCores.Median / (OpenSsl.Median * PassesAllCores.Threads))}** on {PassesAllCores.Threads} threads (against {PassesAllCores.Threads} × the one-core rate); .NET's own raw rate is {Percent(RawOneThread.Median / OpenSsl.Median)} of openssl's."));
        }
        var otherWork = 1e6 / PassesOneThread.Median - 1e6 / RawOneThread.Median;
        text.AppendLine(Invariant($"- Work other than the RSA signature: about {otherWork:N0} µs per pass on one thread (1 / pass rate − 1 / raw rate), against {1e6 / RawOneThread.Median:N0} µs for the signature itself."));
        return text.ToString();
    }

    private static string Percent(double ratio) => Invariant($"{ratio * 100:0.0} %");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
