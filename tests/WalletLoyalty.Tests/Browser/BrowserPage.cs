using System.Text.Json;

namespace WalletLoyalty.Tests.Browser;

/// <summary>One browser tab in its own browser context. Every wait is bounded; none is a fixed sleep.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    public static readonly TimeSpan DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    private readonly CdpConnection connection;
    private readonly string browserContextId;
    private readonly ConsoleErrorLog consoleErrors;
    private readonly PageInput input;
    private int disposed;

    private BrowserPage(CdpConnection connection, CdpSession session, string browserContextId)
    {
        this.connection = connection;
        this.browserContextId = browserContextId;
        Session = session;
        consoleErrors = new ConsoleErrorLog(session);
        input = new PageInput(this);
    }

    /// <summary>The raw protocol session, for commands this class does not wrap.</summary>
    public CdpSession Session { get; }

    /// <summary>Uncaught exceptions and console.error messages seen so far.</summary>
    public IReadOnlyList<string> ConsoleErrors => consoleErrors.Snapshot();

    internal static async Task<BrowserPage> OpenAsync(CdpConnection connection, PageEmulation emulation)
    {
        var context = await connection.SendAsync("Target.createBrowserContext");
        var contextId = context.GetProperty("browserContextId").GetString()!;
        var target = await connection.SendAsync(
            "Target.createTarget", new { url = "about:blank", browserContextId = contextId });
        var attached = await connection.SendAsync(
            "Target.attachToTarget", new { targetId = target.GetProperty("targetId").GetString(), flatten = true });
        var session = new CdpSession(connection, attached.GetProperty("sessionId").GetString()!);
        var page = new BrowserPage(connection, session, contextId);
        try
        {
            await page.Session.SendAsync("Page.enable");
            await page.Session.SendAsync("Page.setLifecycleEventsEnabled", new { enabled = true });
            await page.Session.SendAsync("Runtime.enable");
            await emulation.ApplyAsync(page.Session);
            return page;
        }
        catch
        {
            await page.DisposeAsync();
            throw;
        }
    }

    public Task GotoAsync(string url) => PageNavigation.GotoAsync(Session, url);

    public async Task<T?> EvaluateAsync<T>(string expression)
    {
        var evaluation = await Session.SendAsync(
            "Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (evaluation.TryGetProperty("exceptionDetails", out var details))
        {
            throw new JavaScriptException(JavaScriptException.MessageOf(details));
        }

        return evaluation.GetProperty("result").TryGetProperty("value", out var value)
            ? value.Deserialize<T>(JsonSerializerOptions.Web)
            : default;
    }

    /// <summary>Polls a JavaScript condition until it is truthy; errors while polling count as "not yet".</summary>
    public Task WaitForAsync(string jsCondition, TimeSpan? timeout = null) =>
        PageConditionWaiter.WaitForAsync(this, jsCondition, timeout ?? DefaultWaitTimeout);

    public Task ClickAsync(string cssSelector) => input.ClickAsync(cssSelector);

    public Task TypeAsync(string cssSelector, string text) => input.TypeAsync(cssSelector, text);

    public Task PressKeyAsync(string key) => input.PressKeyAsync(key);

    public async Task<string> TextAsync(string cssSelector) =>
        await EvaluateAsync<string>(ElementScripts.InnerText(cssSelector)) ?? throw PageInput.NotFound(cssSelector);

    /// <summary>Saves a PNG of the viewport to <paramref name="path"/> and returns its bytes.</summary>
    public async Task<byte[]> ScreenshotAsync(string path)
    {
        var capture = await Session.SendAsync("Page.captureScreenshot", new { format = "png" });
        var png = Convert.FromBase64String(capture.GetProperty("data").GetString()!);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, png);
        return png;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        consoleErrors.Dispose();
        if (!connection.IsClosed)
        {
            await connection.SendAsync("Target.disposeBrowserContext", new { browserContextId });
        }
    }
}
