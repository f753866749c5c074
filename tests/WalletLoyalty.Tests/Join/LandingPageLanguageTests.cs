using System.Net;
using System.Text.RegularExpressions;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Join;

/// <summary>The shopper pages are sent already translated into the language the phone asks for, and the member keeps it.</summary>
[Trait("Category", "Database")]
public sealed partial class LandingPageLanguageTests : IAsyncLifetime
{
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Theory]
    [InlineData("pl-PL,pl;q=0.9,en;q=0.5", "pl", "Twoja karta piekarni w portfelu telefonu", "Twoje imię")]
    [InlineData("th-TH,th;q=0.9", "th", "บัตรสมาชิกร้านเบเกอรี่ ในวอลเล็ตบนมือถือของคุณ", "ชื่อของคุณ")]
    [InlineData("zh-CN,zh;q=0.9", "zh-Hans", "您的面包店会员卡，就在手机钱包里", "您的名字")]
    [InlineData("zh-TW,zh;q=0.9", "zh-Hant", "您的麵包店會員卡，就在手機錢包裡", "您的名字")]
    [InlineData("de-DE,de;q=0.9", "de", "Ihre Bäckerei-Karte – im Wallet Ihres Handys", "Ihr Vorname")]
    [InlineData("fr-FR,fr;q=0.9", "en", "Your bakery card, in your phone&#x27;s wallet", "Your first name")]
    public async Task ThePageIsSentInThePhonesLanguage(string acceptLanguage, string language, string headline, string nameLabel)
    {
        var html = await _service.Client.GetHtmlAsync("/join/demo?src=flyer-a", acceptLanguage);

        Assert.Contains($"<html lang=\"{language}\">", html);
        Assert.Contains($"<h1>{headline}</h1>", html);
        Assert.Contains(nameLabel, html);
        Assert.Contains($"href=\"/join/demo/apple?src=flyer-a&amp;lang={language}&amp;token=", html);
    }

    [Fact]
    public async Task TheSwitcherOffersEveryLanguageByItsOwnNameAndItsChoiceWinsOverThePhone()
    {
        var html = await _service.Client.GetHtmlAsync("/join/demo?src=flyer-a&lang=zh-Hant", "pl-PL");

        Assert.Contains("<html lang=\"zh-Hant\">", html);
        var links = SwitcherLink().Matches(html).Select(m => (m.Groups["href"].Value, m.Groups["name"].Value)).ToList();
        Assert.Equal(
            [("/join/demo?src=flyer-a&amp;lang=en", "English"), ("/join/demo?src=flyer-a&amp;lang=de", "Deutsch"), ("/join/demo?src=flyer-a&amp;lang=pl", "Polski"),
             ("/join/demo?src=flyer-a&amp;lang=th", "ไทย"), ("/join/demo?src=flyer-a&amp;lang=zh-Hans", "简体中文"), ("/join/demo?src=flyer-a&amp;lang=zh-Hant", "繁體中文")],
            links);
        Assert.Contains("aria-current=\"true\">繁體中文", html);
    }

    [Fact]
    public async Task AnErrorPageIsInThePhonesLanguageToo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/join/no-such-program");
        request.Headers.AcceptLanguage.ParseAdd("th-TH");
        using var response = await _service.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"th\">", html);
        Assert.Contains("<h1>ไม่พบโปรแกรมสมาชิกนี้</h1>", html);
    }

    [Theory]
    [InlineData("/join/demo?lang=th", "en-US", "th")]
    [InlineData("/join/demo", "zh-HK,zh;q=0.9", "zh-Hant")]
    [InlineData("/join/demo?lang=xx", "fr-FR", "en")]
    public async Task AMemberKeepsTheLanguageTheyJoinedIn(string landingPath, string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, await Shoppers.WalletLinkAsync(_service.Client, landingPath, acceptLanguage: acceptLanguage));
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await _service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], await _service.QueryAsync<string>("SELECT language FROM members"));
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\" hreflang=\"[^\"]+\" lang=\"[^\"]+\"[^>]*>(?<name>[^<]+)</a>")]
    private static partial Regex SwitcherLink();
}
