using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.Surveys;

/// <summary>The survey page on the phone that holds the card, opened from its back.</summary>
[Trait("Category", "Database")]
public sealed class SurveyPageBrowserTests : IAsyncLifetime
{
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    private SurveyRig _rig = null!;

    public async Task InitializeAsync() => _rig = await SurveyRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task AMemberTapsAScoreWritesWhyAndSeesTheirPoints()
    {
        var (_, _, path) = await _rig.JoinAsync();
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Touch(390, 844, IPhone, deviceScaleFactor: 3));
        var page = tab.Page;

        await tab.GotoAsync(new Uri(_rig.Service.BaseAddress, path));

        await Expect(page.Locator("h1")).ToHaveTextAsync("How likely are you to recommend Maple Street Bakery to a friend?");
        await Expect(page.Locator("#points")).ToHaveTextAsync("Points for your answer: 10");
        foreach (var score in new[] { 0, 5, 10 })
        {
            var box = await page.Locator($"label[for=score-{score}]").BoundingBoxAsync();
            Assert.True(box is { Height: >= 44, Width: >= 44 }, $"the score {score} is too small to tap");
        }
        Assert.True((await page.Locator("#send").BoundingBoxAsync())?.Height >= 44, "the button is too small to tap");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");

        await page.Locator("label[for=score-9]").ClickAsync();
        await page.Locator("#comment").FillAsync("The sourdough is the best in town.");
        await Expect(page.Locator("#score-9")).ToBeCheckedAsync();
        await PageScreenshots.SaveAsync(page, "survey-1-form-iphone");
        await page.Locator("#send").ClickAsync();

        await Expect(page.Locator("#thanks")).ToHaveTextAsync("Thank you for your answer!");
        await Expect(page.Locator("#points-added")).ToHaveTextAsync("Points added to your card: 10");
        await PageScreenshots.SaveAsync(page, "survey-2-thanks-iphone");
        Assert.Empty(tab.ConsoleErrors);
        Assert.Equal((9, "The sourdough is the best in town."),
            Assert.Single(await _rig.Service.QueryAsync<(int, string)>("SELECT score, comment FROM survey_answers")));
    }

    [Fact]
    public async Task SendingWithoutAScoreStaysOnThePageAndStoresNothing()
    {
        var (_, _, path) = await _rig.JoinAsync();
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Touch(390, 844, IPhone, deviceScaleFactor: 3));
        var page = tab.Page;
        await tab.GotoAsync(new Uri(_rig.Service.BaseAddress, path));

        await page.Locator("#send").ClickAsync();

        Assert.False(await page.EvalOnSelectorAsync<bool>("#score-0", "input => input.validity.valid"));
        await Expect(page.Locator("#send")).ToBeVisibleAsync();
        Assert.Equal(0, await _rig.Service.CountAsync("SELECT COUNT(*) FROM survey_answers"));
    }
}
