using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.Browser;

public sealed class BrowserTabTests(BrowserTestSite site) : IClassFixture<BrowserTestSite>
{
    private const string IPhoneUserAgent =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    // Long enough for an answer from the page, short enough that tests of failures stay quick.
    private const float FailFast = 300;

    [Fact]
    public async Task TypingIntoTheInputAndPressingEnterAddsAnEntry()
    {
        await using var tab = await OpenFormAsync();
        var page = tab.Page;

        await page.Locator("#entry").FillAsync("Flat white");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#entries li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#entries li")).ToHaveTextAsync("Flat white");
        await Expect(page.Locator("#entry")).ToHaveValueAsync("");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task ClickingTheButtonUpdatesTheText()
    {
        await using var tab = await OpenFormAsync();
        var page = tab.Page;

        await page.Locator("#add").ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Clicked 1 time(s)");
        await page.Locator("#add").ClickAsync();

        await Expect(page.Locator("#status")).ToHaveTextAsync("Clicked 2 time(s)");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task MobileEmulationReportsTheIPhoneUserAgentViewportAndTouch()
    {
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Touch(390, 844, IPhoneUserAgent, deviceScaleFactor: 3));
        var page = tab.Page;
        await tab.GotoAsync(site.Url("/"));

        Assert.Equal(IPhoneUserAgent, await page.EvaluateAsync<string>("navigator.userAgent"));
        Assert.Equal(390, await page.EvaluateAsync<int>("window.innerWidth"));
        Assert.Equal(3, await page.EvaluateAsync<double>("window.devicePixelRatio"));
        Assert.True(await page.EvaluateAsync<int>("navigator.maxTouchPoints") > 0);
        await page.Locator("#add").ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Clicked 1 time(s)");
    }

    [Fact]
    public async Task UncaughtErrorsAndConsoleErrorsAreCollected()
    {
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Desktop(800, 600));

        await tab.GotoAsync(site.Url("/failing"));

        Assert.Contains(tab.ConsoleErrors, error => error == "console.error: Loyalty card missing");
        Assert.Contains(tab.ConsoleErrors, error => error.Contains("Deliberate failure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExceptionsThrownByEvaluatedJavaScriptCarryTheirMessage()
    {
        await using var tab = await OpenFormAsync();

        var exception = await Assert.ThrowsAnyAsync<PlaywrightException>(
            () => tab.Page.EvaluateAsync<object>("Promise.reject(new RangeError('points must be positive'))"));

        Assert.Contains("RangeError: points must be positive", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExpectationThatNeverHoldsReportsItAndWhatThePageShows()
    {
        await using var tab = await OpenFormAsync();

        var exception = await Assert.ThrowsAnyAsync<PlaywrightException>(
            () => Expect(tab.Page.Locator("#status")).ToHaveTextAsync("Never", new() { Timeout = FailFast }));

        Assert.Contains("Never", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing clicked yet", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickingAnElementThatDoesNotExistFailsWithTheSelector()
    {
        await using var tab = await OpenFormAsync();

        var exception = await Assert.ThrowsAsync<TimeoutException>(
            () => tab.Page.Locator("#missing").ClickAsync(new() { Timeout = FailFast }));

        Assert.Contains("#missing", exception.Message, StringComparison.Ordinal);
    }

    private async Task<BrowserTab> OpenFormAsync()
    {
        var tab = await BrowserTab.OpenAsync(EmulatedDevice.Desktop(1024, 768));
        await tab.GotoAsync(site.Url("/"));
        return tab;
    }
}
