using System.Net;
using System.Text.RegularExpressions;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.Wallets.Google;

[Trait("Category", "Database")]
public sealed class AndroidLandingPageBrowserTests : IAsyncLifetime
{
    private const string Android = "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";
    private const string IPadAsMac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15";
    private GoogleServiceRig _google = null!;
    private ServiceHost _service = null!;

    public async Task InitializeAsync()
    {
        _google = await GoogleServiceRig.StartAsync();
        _service = await ServiceHost.StartAsync(_google.Configure);
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _google.DisposeAsync();
    }

    [Fact]
    public async Task AnAndroidShopperSeesOnlyTheGoogleButtonAndItLeadsToASignedSaveLink()
    {
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Touch(412, 915, Android, deviceScaleFactor: 2.6));
        var page = tab.Page;
        var addToWallet = page.Locator("#add-to-google-wallet");
        await tab.GotoAsync(new Uri(_service.BaseAddress, "/join/demo?src=flyer-android"));

        await Expect(addToWallet).ToBeAttachedAsync();
        await Expect(page.Locator("#add-to-apple-wallet")).ToHaveCountAsync(0);
        Assert.True((await addToWallet.BoundingBoxAsync())?.Height >= 48);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await page.Locator("#name").FillAsync("Ana");
        await Expect(addToWallet).ToHaveAttributeAsync("href", new Regex("name=Ana"));
        await PageScreenshots.SaveAsync(page, "landing-android");
        Assert.Empty(tab.ConsoleErrors);

        var href = await addToWallet.GetAttributeAsync("href");
        Assert.Matches("^/join/demo/google\\?src=flyer-android&lang=en&token=[A-Za-z0-9_-]+&name=Ana$", href);
        using var response = await _service.Client.GetAsync(href);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var claims = SaveJwt.VerifiedClaims(response.Headers.Location!.ToString(), _google.Account.PublicKey);
        Assert.Equal("savetowallet", claims.GetProperty("typ").GetString());
    }

    [Fact]
    public async Task AnIPadThatReportsItselfAsAMacGetsTheAppleButton()
    {
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Touch(1024, 1366, IPadAsMac, deviceScaleFactor: 2));
        await tab.GotoAsync(new Uri(_service.BaseAddress, "/join/demo"));

        await Expect(tab.Page.Locator("#add-to-apple-wallet")).ToBeAttachedAsync();
        await PageScreenshots.SaveAsync(tab.Page, "landing-ipad");
    }

    [Fact]
    public async Task AnUnknownDesktopGetsBothButtonsAndACodeToScan()
    {
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Desktop(1280, 900));
        var page = tab.Page;
        await tab.GotoAsync(new Uri(_service.BaseAddress, "/join/demo"));

        await Expect(page.Locator("#add-to-apple-wallet")).ToBeAttachedAsync();
        await Expect(page.Locator("#add-to-google-wallet")).ToBeAttachedAsync();
        await Expect(page.Locator(".on-phone img.qr")).ToBeVisibleAsync();
        Assert.True(await page.Locator(".on-phone img.qr").EvaluateAsync<bool>("code => code.complete && code.naturalWidth > 0"), "the code to scan must load");
        await PageScreenshots.SaveAsync(page, "landing-desktop-both");
    }
}
