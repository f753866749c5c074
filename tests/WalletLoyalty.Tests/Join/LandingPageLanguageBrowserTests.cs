using System.Text.RegularExpressions;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.Join;

/// <summary>A phone set to Polish, Thai or Chinese sees the landing page in its language and gets the card in it.</summary>
[Trait("Category", "Database")]
public sealed class LandingPageLanguageBrowserTests : IAsyncLifetime
{
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Theory]
    [InlineData("pl-PL", "pl", "Twoja karta piekarni w portfelu telefonu", "PUNKTY")]
    [InlineData("th-TH", "th", "บัตรสมาชิกร้านเบเกอรี่ ในวอลเล็ตบนมือถือของคุณ", "คะแนน")]
    [InlineData("zh-CN", "zh-Hans", "您的面包店会员卡，就在手机钱包里", "积分")]
    [InlineData("zh-TW", "zh-Hant", "您的麵包店會員卡，就在手機錢包裡", "點數")]
    [InlineData("de-DE", "de", "Ihre Bäckerei-Karte – im Wallet Ihres Handys", "PUNKTE")]
    public async Task APhoneInTheLanguageSeesThePageAndGetsTheCardInIt(string locale, string language, string headline, string pointsLabel)
    {
        var phone = EmulatedDevice.Touch(390, 844, IPhone, deviceScaleFactor: 3);
        phone.Locale = locale;
        await using var tab = await BrowserTab.OpenAsync(phone);
        var page = tab.Page;
        await tab.GotoAsync(new Uri(_service.BaseAddress, "/join/demo?src=flyer-a"));

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(page.Locator("h1")).ToHaveTextAsync(headline);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        Assert.True(await page.Locator("h1").EvaluateAsync<double>("h => h.getBoundingClientRect().height") >= 20, "the headline has no glyphs");
        await page.Locator("#name").FillAsync("Ola");
        await PageScreenshots.SaveAsync(page, $"landing-{language}");
        Assert.Empty(tab.ConsoleErrors);

        var href = await page.Locator("#add-to-apple-wallet").GetAttributeAsync("href");
        var pass = await new AppleDevice(_service.Client).AddFromJoinLinkAsync(href!);
        Assert.Equal(pointsLabel, pass.Strings(language)[pass.Field("points").GetProperty("label").GetString()!]);
        Assert.Equal([language], await _service.QueryAsync<string>("SELECT language FROM members"));
    }

    [Fact]
    public async Task TheSwitcherTurnsThePageIntoTheChosenLanguage()
    {
        var phone = EmulatedDevice.Touch(390, 844, IPhone, deviceScaleFactor: 3);
        phone.Locale = "en-GB";
        await using var tab = await BrowserTab.OpenAsync(phone);
        var page = tab.Page;
        await tab.GotoAsync(new Uri(_service.BaseAddress, "/join/demo?src=flyer-a"));

        await page.Locator(".languages a[hreflang=th]").ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "th");
        await Expect(page.Locator(".languages a[aria-current=true]")).ToHaveTextAsync("ไทย");
        await Expect(page.Locator("#add-to-apple-wallet")).ToHaveAttributeAsync("href", new Regex("^/join/demo/apple\\?src=flyer-a&lang=th&token="));
        Assert.Empty(tab.ConsoleErrors);
    }
}
