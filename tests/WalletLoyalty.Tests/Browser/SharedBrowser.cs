using Microsoft.Playwright;

namespace WalletLoyalty.Tests.Browser;

/// <summary>
/// One headless Chromium for the whole test run, started on first use; every test opens its own
/// context in it. Starting fails (never skips) when Chromium is missing, so lost browser coverage shows.
/// </summary>
/// <remarks>
/// xunit has no hook after a run's last test, and the test host is ended without waiting for exit
/// handlers. So nothing closes the browser here: when the test process ends, the pipe to Playwright's
/// driver closes, and the driver closes Chromium and deletes its profile before it exits.
/// </remarks>
public static class SharedBrowser
{
    /// <summary>How long a Playwright assertion keeps retrying.</summary>
    public static readonly TimeSpan ExpectTimeout = TimeSpan.FromSeconds(10);

    private static readonly Lazy<Task<IBrowser>> Browser = new(LaunchAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Task<IBrowser> GetAsync() => Browser.Value;

    private static async Task<IBrowser> LaunchAsync()
    {
        var executable = ChromiumExecutable.Locate();
        Assertions.SetDefaultExpectTimeout((float)ExpectTimeout.TotalMilliseconds);
        var home = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "chromium-home"));
        var playwright = await Playwright.CreateAsync();
        try
        {
            return await playwright.Chromium.LaunchAsync(ChromiumLaunchOptions.Create(executable, home));
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
