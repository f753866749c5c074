namespace WalletLoyalty.Tests.Browser;

public sealed class HeadlessChromiumTests(BrowserTestSite site) : IClassFixture<BrowserTestSite>
{
    private const string IPhoneUserAgent =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task TypingIntoTheInputAndPressingEnterAddsAnEntry()
    {
        await using var page = await OpenFormAsync();

        await page.TypeAsync("#entry", "Flat white");
        await page.PressKeyAsync("Enter");

        await page.WaitForAsync("document.querySelectorAll('#entries li').length === 1");
        Assert.Equal("Flat white", await page.TextAsync("#entries li"));
        Assert.Equal("", await page.EvaluateAsync<string>("document.getElementById('entry').value"));
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task ClickingTheButtonUpdatesTheText()
    {
        await using var page = await OpenFormAsync();

        await page.ClickAsync("#add");
        await page.WaitForAsync("document.getElementById('status').textContent === 'Clicked 1 time(s)'");
        await page.ClickAsync("#add");

        await page.WaitForAsync("document.getElementById('status').textContent === 'Clicked 2 time(s)'");
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task MobileEmulationReportsTheIPhoneUserAgentViewportAndTouch()
    {
        await using var page = await site.Chromium.NewPageAsync(
            390, 844, IPhoneUserAgent, mobile: true, deviceScaleFactor: 3);
        await page.GotoAsync(site.Url("/").ToString());

        Assert.Equal(IPhoneUserAgent, await page.EvaluateAsync<string>("navigator.userAgent"));
        Assert.Equal(390, await page.EvaluateAsync<int>("window.innerWidth"));
        Assert.Equal(3, await page.EvaluateAsync<double>("window.devicePixelRatio"));
        Assert.True(await page.EvaluateAsync<int>("navigator.maxTouchPoints") > 0);
        await page.ClickAsync("#add");
        await page.WaitForAsync("document.getElementById('status').textContent === 'Clicked 1 time(s)'");
    }

    [Fact]
    public async Task ScreenshotIsSavedAsAPng()
    {
        await using var page = await OpenFormAsync();
        var path = Path.Combine(Path.GetTempPath(), $"harness-{Guid.NewGuid():N}", "form.png");
        try
        {
            var png = await page.ScreenshotAsync(path);

            Assert.Equal(PngSignature, png[..PngSignature.Length]);
            Assert.Equal(png, await File.ReadAllBytesAsync(path));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public async Task UncaughtErrorsAndConsoleErrorsAreCollected()
    {
        await using var page = await site.Chromium.NewPageAsync(800, 600);

        await page.GotoAsync(site.Url("/failing").ToString());

        Assert.Contains(page.ConsoleErrors, error => error == "console.error: Loyalty card missing");
        Assert.Contains(page.ConsoleErrors, error => error.Contains("Deliberate failure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExceptionsThrownByEvaluatedJavaScriptCarryTheirMessage()
    {
        await using var page = await OpenFormAsync();

        var exception = await Assert.ThrowsAsync<JavaScriptException>(
            () => page.EvaluateAsync<object>("Promise.reject(new RangeError('points must be positive'))"));

        Assert.Contains("RangeError: points must be positive", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitingForAConditionThatNeverHoldsReportsItAndThePageText()
    {
        await using var page = await OpenFormAsync();

        var exception = await Assert.ThrowsAsync<TimeoutException>(
            () => page.WaitForAsync("document.title === 'Never'", TimeSpan.FromMilliseconds(300)));

        Assert.Contains("document.title === 'Never'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing clicked yet", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickingAnElementThatDoesNotExistFailsWithTheSelector()
    {
        await using var page = await OpenFormAsync();

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => page.ClickAsync("#missing"));

        Assert.Contains("#missing", exception.Message, StringComparison.Ordinal);
    }

    private async Task<BrowserPage> OpenFormAsync()
    {
        var page = await site.Chromium.NewPageAsync(1024, 768);
        await page.GotoAsync(site.Url("/").ToString());
        return page;
    }
}
