using System.Diagnostics;

namespace WalletLoyalty.Tests.Browser;

/// <summary>How headless Chromium is started: flags, profile location and environment.</summary>
internal static class ChromiumCommandLine
{
    // Without the background-networking flags Chromium keeps dialling out, and the network is closed in CI.
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--remote-debugging-port=0",
    ];

    public static string UserDataDirectory(DirectoryInfo workDirectory) =>
        Path.Combine(workDirectory.FullName, "user-data");

    public static ProcessStartInfo Create(string executablePath, DirectoryInfo workDirectory)
    {
        var startInfo = new ProcessStartInfo(executablePath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var flag in Flags)
        {
            startInfo.ArgumentList.Add(flag);
        }

        startInfo.ArgumentList.Add($"--user-data-dir={UserDataDirectory(workDirectory)}");
        startInfo.ArgumentList.Add("about:blank");

        // Crash reports and caches would otherwise land in the home directory and outlive the run.
        startInfo.Environment["XDG_CONFIG_HOME"] = Path.Combine(workDirectory.FullName, "config");
        startInfo.Environment["XDG_CACHE_HOME"] = Path.Combine(workDirectory.FullName, "cache");
        return startInfo;
    }
}
