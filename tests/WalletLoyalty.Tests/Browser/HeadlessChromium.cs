namespace WalletLoyalty.Tests.Browser;

/// <summary>
/// A real headless Chromium driven over the DevTools Protocol. Launching fails (never skips)
/// when Chromium is not installed, so missing browser coverage cannot go unnoticed.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly ChromiumProcess process;
    private readonly CdpConnection connection;
    private int disposed;

    private HeadlessChromium(ChromiumProcess process, CdpConnection connection)
    {
        this.process = process;
        this.connection = connection;
    }

    internal DirectoryInfo WorkDirectory => process.WorkDirectory;

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var process = await ChromiumProcess.StartAsync(ChromiumExecutable.Locate());
        try
        {
            return new HeadlessChromium(process, await CdpConnection.ConnectAsync(process.DevToolsEndpoint));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a tab in its own browser context, so pages share no cookies or storage.</summary>
    public Task<BrowserPage> NewPageAsync(
        int width, int height, string? userAgent = null, bool mobile = false, double deviceScaleFactor = 1) =>
        BrowserPage.OpenAsync(connection, new PageEmulation(width, height, userAgent, mobile, deviceScaleFactor));

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await connection.DisposeAsync();
        }
        finally
        {
            await process.DisposeAsync();
        }
    }
}
