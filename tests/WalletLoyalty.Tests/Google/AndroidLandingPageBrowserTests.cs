using System.Net;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Google;

[Trait("Category", "Database")]
public sealed class AndroidLandingPageBrowserTests : IAsyncLifetime
{
    private const string Android = "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";
    private const string IPadAsMac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15";
    private GoogleServiceRig _google = null!;
    private ServiceHost _service = null!;
    private HeadlessChromium _browser = null!;

    public async Task InitializeAsync()
    {
        _google = await GoogleServiceRig.StartAsync();
        _service = await ServiceHost.StartAsync(_google.Configure);
        _browser = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _service.DisposeAsync();
        await _google.DisposeAsync();
    }

    [Fact]
    public async Task AnAndroidShopperSeesOnlyTheGoogleButtonAndItLeadsToASignedSaveLink()
    {
        await using var page = await _browser.NewPageAsync(412, 915, Android, mobile: true, deviceScaleFactor: 2.6);
        await page.GotoAsync(new Uri(_service.BaseAddress, "/join/demo?src=flyer-android").ToString());

        Assert.True(await page.EvaluateAsync<bool>("!!document.querySelector('#add-to-google-wallet')"));
        Assert.False(await page.EvaluateAsync<bool>("!!document.querySelector('#add-to-apple-wallet')"));
        Assert.True(await page.EvaluateAsync<double>("document.querySelector('#add-to-google-wallet').getBoundingClientRect().height") >= 48);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await page.TypeAsync("#name", "Ana");
        await page.WaitForAsync("document.querySelector('#add-to-google-wallet').getAttribute('href').includes('name=Ana')");
        await page.ScreenshotAsync(Path.Combine(_service.DataDirectory, "landing-android.png"));
        Assert.Empty(page.ConsoleErrors);

        var href = await page.EvaluateAsync<string>("document.querySelector('#add-to-google-wallet').getAttribute('href')");
        Assert.Equal("/join/demo/google?src=flyer-android&name=Ana", href);
        using var response = await _service.Client.GetAsync(href);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var claims = SaveJwt.VerifiedClaims(response.Headers.Location!.ToString(), _google.Account.PublicKey);
        Assert.Equal("savetowallet", claims.GetProperty("typ").GetString());
    }

    [Fact]
    public async Task AnIPadThatReportsItselfAsAMacGetsTheAppleButton()
    {
        await using var page = await _browser.NewPageAsync(1024, 1366, IPadAsMac, mobile: true, deviceScaleFactor: 2);
        await page.GotoAsync(new Uri(_service.BaseAddress, "/join/demo").ToString());

        Assert.True(await page.EvaluateAsync<bool>("!!document.querySelector('#add-to-apple-wallet')"));
    }

    [Fact]
    public async Task AnUnknownDesktopGetsBothButtonsAndACodeToScan()
    {
        await using var page = await _browser.NewPageAsync(1280, 900);
        await page.GotoAsync(new Uri(_service.BaseAddress, "/join/demo").ToString());

        Assert.True(await page.EvaluateAsync<bool>("!!document.querySelector('#add-to-apple-wallet') && !!document.querySelector('#add-to-google-wallet') && !!document.querySelector('.on-phone svg')"));
        await page.ScreenshotAsync(Path.Combine(_service.DataDirectory, "landing-desktop-both.png"));
    }
}
