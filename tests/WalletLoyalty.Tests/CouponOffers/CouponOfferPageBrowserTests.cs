using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.CouponOffers;

/// <summary>The flyer's coupon page as a shopper's phone opens it from the QR code.</summary>
[Trait("Category", "Database")]
public sealed class CouponOfferPageBrowserTests : IAsyncLifetime
{
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Theory]
    [InlineData("en", "10% off any cake")]
    [InlineData("th", "ลด 10%")]
    public async Task TheFlyersCouponFitsAPhoneInTheShoppersLanguageWithItsTermsAndAButtonToTap(string language, string title)
    {
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Touch(390, 844, IPhone, deviceScaleFactor: 3));
        var page = tab.Page;

        await tab.GotoAsync(new Uri(_service.BaseAddress, $"/join/demo/coupons?code=CAKE10&lang={language}"));

        await Expect(page.Locator("#offer-title")).ToContainTextAsync(title);
        await Expect(page.Locator("#stores")).ToBeVisibleAsync();
        await Expect(page.Locator("#first-n")).ToBeVisibleAsync();
        var button = page.Locator("#add-coupon-to-apple-wallet");
        await Expect(button).ToBeVisibleAsync();
        Assert.True((await button.BoundingBoxAsync())?.Height >= 44, "the button is too small to tap");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        await PageScreenshots.SaveAsync(page, $"coupon-offer-{language}-iphone");
        Assert.Empty(tab.ConsoleErrors);
    }
}
