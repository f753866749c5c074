using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.Consent;

/// <summary>The consent page on the phone that holds the card, opened from its back.</summary>
[Trait("Category", "Database")]
public sealed class ConsentPageBrowserTests : IAsyncLifetime
{
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task AMemberTicksTheBoxSavesAndSeesTheirNewChoice()
    {
        var card = await new AppleDevice(_service.Client).AddFromLandingPageAsync("/join/demo", "Alex");
        var link = new Uri(card.Field("consent").GetProperty("value").GetString()!);
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Touch(390, 844, IPhone, deviceScaleFactor: 3));
        var page = tab.Page;

        await tab.GotoAsync(link);

        await Expect(page.Locator("h1")).ToHaveTextAsync("Offers and messages");
        await Expect(page.Locator("#consent-status")).ToHaveTextAsync("You receive no offers or news from us.");
        await Expect(page.Locator("#marketingConsent")).Not.ToBeCheckedAsync();
        Assert.True((await page.Locator("#save").BoundingBoxAsync())?.Height >= 44, "the button is too small to tap");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        await PageScreenshots.SaveAsync(page, "consent-before-iphone");

        await page.Locator("#marketingConsent").CheckAsync();
        await page.Locator("#save").ClickAsync();

        await Expect(page.Locator("#saved")).ToHaveTextAsync("Saved. Thank you.");
        await Expect(page.Locator("#consent-status")).ToHaveTextAsync("You receive offers and news from us.");
        await Expect(page.Locator("#marketingConsent")).ToBeCheckedAsync();
        await PageScreenshots.SaveAsync(page, "consent-saved-iphone");
        Assert.Empty(tab.ConsoleErrors);
        Assert.True(Assert.Single(await _service.QueryAsync<bool>("SELECT marketing_consent FROM members")));
    }
}
