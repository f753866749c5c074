using System.Diagnostics;
using System.Globalization;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Passes;

/// <summary>
/// The machine's RSA-2048 signing rate on one core as <c>openssl speed -seconds 3 -elapsed rsa2048</c> reports
/// it (its sign/s column). Absent when no openssl command is on the PATH.
/// </summary>
public static class OpenSslSpeed
{
    public static string? Version()
    {
        try
        {
            return RunOpenSsl("version").Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    public static Probe Probe() => new ExternalProbe("openssl speed rsa2048", 1, SignsPerSecond);

    private static double SignsPerSecond()
    {
        var output = RunOpenSsl("speed", "-seconds", "3", "-elapsed", "rsa2048");
        return Parse(output) ?? throw new InvalidOperationException("no 'rsa 2048 bits' line in openssl speed output:\n" + output);
    }

    /// <summary>Reads "rsa 2048 bits 0.000690s 0.000020s   1449.3  49578.3": sign time, verify time, sign/s, verify/s.</summary>
    public static double? Parse(string output)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("rsa 2048 bits ", StringComparison.Ordinal));
        var columns = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return columns is { Length: >= 7 } && double.TryParse(columns[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate)
            ? rate
            : null;
    }

    private static string RunOpenSsl(params string[] arguments)
    {
        var start = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("openssl did not start");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = errors.Result;
        return output;
    }
}
