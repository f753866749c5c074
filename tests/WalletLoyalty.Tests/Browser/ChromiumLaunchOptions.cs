using System.Collections;
using Microsoft.Playwright;

namespace WalletLoyalty.Tests.Browser;

/// <summary>How Playwright starts the system's Chromium: headless, never a browser build of its own.</summary>
internal static class ChromiumLaunchOptions
{
    // Playwright adds --no-sandbox itself when the sandbox is off; it is listed because Chromium refuses
    // to start as root without it. The network flags keep Chromium from dialling out, and CI has no network.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <param name="homeDirectory">Takes the crash reports and caches Chromium would otherwise leave in the user's home.</param>
    public static BrowserTypeLaunchOptions Create(string executablePath, DirectoryInfo homeDirectory) => new()
    {
        ExecutablePath = executablePath,
        Headless = true,
        ChromiumSandbox = false,
        Args = Flags,
        Env = EnvironmentWithHome(homeDirectory),
    };

    // Playwright hands Chromium exactly these variables, so the test run's own come along.
    private static Dictionary<string, string> EnvironmentWithHome(DirectoryInfo homeDirectory)
    {
        var variables = Environment.GetEnvironmentVariables()
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? "");
        variables["XDG_CONFIG_HOME"] = Path.Combine(homeDirectory.FullName, "config");
        variables["XDG_CACHE_HOME"] = Path.Combine(homeDirectory.FullName, "cache");
        return variables;
    }
}
