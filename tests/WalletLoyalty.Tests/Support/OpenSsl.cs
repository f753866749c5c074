using System.Diagnostics;

namespace WalletLoyalty.Tests.Support;

public static class OpenSsl
{
    /// <summary>Runs openssl and returns its exit code with everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("openssl") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("openssl could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Apple's check of a pass signature: detached CMS over manifest.json, chained to the given root.</summary>
    public static Task<(int ExitCode, string Output)> VerifyPassSignatureAsync(string passFolder, string rootCaPath) =>
        RunAsync(passFolder, "cms", "-verify", "-binary", "-inform", "DER", "-in", "signature", "-content", "manifest.json",
            "-CAfile", rootCaPath, "-purpose", "any", "-out", "/dev/null");
}
