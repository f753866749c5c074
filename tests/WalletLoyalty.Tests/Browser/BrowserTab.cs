using Microsoft.Playwright;

namespace WalletLoyalty.Tests.Browser;

/// <summary>One page in a browser context of its own, so tests share no cookies or storage.</summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly ConsoleErrorLog consoleErrors;

    private BrowserTab(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        consoleErrors = new ConsoleErrorLog(page);
    }

    public IPage Page { get; }

    /// <summary>Uncaught exceptions and console errors seen so far.</summary>
    public IReadOnlyList<string> ConsoleErrors => consoleErrors.Snapshot();

    /// <param name="device">Viewport and emulation; a 1280×720 desktop when left out.</param>
    /// <param name="beforeLoad">Script the browser runs in every document before the page's own.</param>
    public static async Task<BrowserTab> OpenAsync(BrowserNewContextOptions? device = null, string? beforeLoad = null)
    {
        var browser = await SharedBrowser.GetAsync();
        var context = await browser.NewContextAsync(device ?? EmulatedDevice.Desktop(1280, 720));
        try
        {
            if (beforeLoad is not null)
            {
                await context.AddInitScriptAsync(beforeLoad);
            }

            return new BrowserTab(context, await context.NewPageAsync());
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    public async Task GotoAsync(Uri url) => await Page.GotoAsync(url.ToString());

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
