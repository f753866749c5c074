using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Join;

[Trait("Category", "Database")]
public sealed class LandingPageBrowserTests : IAsyncLifetime
{
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    private ServiceHost _service = null!;
    private HeadlessChromium _browser = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync();
        _browser = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task OnAPhoneThePageIsReadableAndTheButtonAddsTheCard()
    {
        await using var page = await _browser.NewPageAsync(390, 844, IPhone, mobile: true, deviceScaleFactor: 3);
        await page.GotoAsync(new Uri(_service.BaseAddress, "/join/demo?src=flyer-a").ToString());

        Assert.Equal("Your bakery card, in your phone's wallet", await page.TextAsync("h1"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        Assert.True(await page.EvaluateAsync<double>("document.querySelector('#add-to-apple-wallet').getBoundingClientRect().height") >= 44, "the button is too small to tap");
        Assert.True(await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('.lead')).fontSize)") >= 16, "body text is too small to read");
        Assert.Equal("/join/demo/apple?src=flyer-a", await page.EvaluateAsync<string>("document.querySelector('#add-to-apple-wallet').getAttribute('href')"));
        Assert.False(await page.EvaluateAsync<bool>("!!document.querySelector('.on-phone')"), "a phone should not be asked to scan a code");

        await page.TypeAsync("#name", "Alex");
        await page.WaitForAsync("document.querySelector('#add-to-apple-wallet').getAttribute('href').includes('name=Alex')");
        Assert.Equal("Alex", await page.TextAsync("#card-name"));
        await page.ScreenshotAsync(Path.Combine(_service.DataDirectory, "landing-phone.png"));
        Assert.Empty(page.ConsoleErrors);

        var href = await page.EvaluateAsync<string>("document.querySelector('#add-to-apple-wallet').getAttribute('href')");
        var pass = await new AppleDevice(_service.Client).AddFromJoinLinkAsync(href!);
        Assert.Equal("Alex", pass.Field("member").GetProperty("value").GetString());
    }

    [Fact]
    public async Task OnADesktopThePageOffersACodeToScanWithThePhone()
    {
        await using var page = await _browser.NewPageAsync(1280, 900);
        await page.GotoAsync(new Uri(_service.BaseAddress, "/join/demo?src=flyer-a").ToString());

        Assert.True(await page.EvaluateAsync<bool>("!!document.querySelector('.on-phone svg')"));
        Assert.True(await page.EvaluateAsync<bool>("[...document.images].every(i => i.complete && i.naturalWidth > 0)"), "an image did not load");
        await page.ScreenshotAsync(Path.Combine(_service.DataDirectory, "landing-desktop.png"));
        Assert.Empty(page.ConsoleErrors);
    }
}
