using System.Text.RegularExpressions;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.Join;

[Trait("Category", "Database")]
public sealed class LandingPageBrowserTests : IAsyncLifetime
{
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task OnAPhoneThePageIsReadableAndTheButtonAddsTheCard()
    {
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Touch(390, 844, IPhone, deviceScaleFactor: 3));
        var page = tab.Page;
        var addToWallet = page.Locator("#add-to-apple-wallet");
        await tab.GotoAsync(new Uri(_service.BaseAddress, "/join/demo?src=flyer-a"));

        await Expect(page.Locator("h1")).ToHaveTextAsync("Your bakery card, in your phone's wallet");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        Assert.True((await addToWallet.BoundingBoxAsync())?.Height >= 44, "the button is too small to tap");
        Assert.True(await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('.lead')).fontSize)") >= 16, "body text is too small to read");
        await Expect(addToWallet).ToHaveAttributeAsync("href", new Regex("^/join/demo/apple\\?src=flyer-a&lang=en&token=[A-Za-z0-9_-]+$"));
        await Expect(page.Locator(".on-phone")).ToHaveCountAsync(0); // a phone should not be asked to scan a code

        await page.Locator("#name").FillAsync("Alex");
        await Expect(addToWallet).ToHaveAttributeAsync("href", new Regex("name=Alex"));
        await Expect(page.Locator("#card-name")).ToHaveTextAsync("Alex");
        await PageScreenshots.SaveAsync(page, "landing-iphone");
        Assert.Empty(tab.ConsoleErrors);

        var href = await addToWallet.GetAttributeAsync("href");
        var pass = await new AppleDevice(_service.Client).AddFromJoinLinkAsync(href!);
        Assert.Equal("Alex", pass.Field("member").GetProperty("value").GetString());
    }

    [Fact]
    public async Task OnADesktopThePageOffersACodeToScanWithThePhone()
    {
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Desktop(1280, 900));
        var page = tab.Page;
        await tab.GotoAsync(new Uri(_service.BaseAddress, "/join/demo?src=flyer-a"));

        await Expect(page.Locator(".on-phone img.qr")).ToBeVisibleAsync();
        Assert.True(await page.Locator(".on-phone img.qr").EvaluateAsync<bool>("code => code.complete && code.naturalWidth > 0"), "the code to scan must load");
        Assert.True(await page.EvaluateAsync<bool>("[...document.images].every(i => i.complete && i.naturalWidth > 0)"), "an image did not load");
        await PageScreenshots.SaveAsync(page, "landing-desktop");
        Assert.Empty(tab.ConsoleErrors);
    }
}
