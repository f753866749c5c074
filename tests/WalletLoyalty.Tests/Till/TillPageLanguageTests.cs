using System.Text.Json;
using System.Text.RegularExpressions;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Till;

/// <summary>The till is sent already translated into the language the browser asks for, its scripts' texts with it.</summary>
[Trait("Category", "Database")]
public sealed partial class TillPageLanguageTests : IAsyncLifetime
{
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Theory]
    [InlineData("pl-PL,pl;q=0.9,en;q=0.5", "pl", "Logowanie do kasy", "Klucz kasjera")]
    [InlineData("th-TH,th;q=0.9", "th", "เข้าสู่ระบบจุดชำระเงิน", "คีย์แคชเชียร์")]
    [InlineData("zh-CN,zh;q=0.9", "zh-Hans", "登录收银台", "收银员密钥")]
    [InlineData("zh-TW,zh;q=0.9", "zh-Hant", "登入收銀台", "收銀員金鑰")]
    [InlineData("de-DE,de;q=0.9", "de", "An der Kasse anmelden", "Kassenschlüssel")]
    [InlineData("fr-FR,fr;q=0.9", "en", "Sign in to the till", "Cashier key")]
    public async Task TheTillIsSentInTheBrowsersLanguage(string acceptLanguage, string language, string heading, string keyLabel)
    {
        var html = await _service.Client.GetHtmlAsync("/till", acceptLanguage);

        Assert.Contains($"<html lang=\"{language}\">", html);
        Assert.Contains($"<h1 id=\"sign-in-title\">{heading}</h1>", html);
        Assert.Contains($"<label for=\"key\">{keyLabel}</label>", html);
    }

    [Fact]
    public async Task TheScriptsGetTheTillsTextsInThePagesLanguageAsDataThatIsNeverRun()
    {
        var html = await _service.Client.GetHtmlAsync("/till?lang=th", "en-US");

        var block = TextsBlock().Match(html);
        Assert.True(block.Success, "the page has no texts block");
        Assert.Equal("application/json", block.Groups["type"].Value);
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(block.Groups["json"].Value)!;
        Assert.Equal("พบบัตร: {name}", texts["till.scan.card-found"]);
        Assert.Equal("ยกเลิก", texts["staff.cancel"]);
        Assert.All(texts.Keys, key => Assert.Matches("^(till|staff)\\.", key));
    }

    [Fact]
    public async Task TheSwitcherOffersTheTillInEveryLanguageAndItsChoiceWinsOverTheBrowser()
    {
        var html = await _service.Client.GetHtmlAsync("/till?lang=zh-Hant", "pl-PL");

        Assert.Contains("<html lang=\"zh-Hant\">", html);
        Assert.Equal(
            ["/till?lang=en", "/till?lang=de", "/till?lang=pl", "/till?lang=th", "/till?lang=zh-Hans", "/till?lang=zh-Hant"],
            SwitcherLink().Matches(html).Select(m => m.Groups["href"].Value));
    }

    [GeneratedRegex("<script type=\"(?<type>[^\"]+)\" id=\"page-texts\">(?<json>[^<]*)</script>")]
    private static partial Regex TextsBlock();

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\" hreflang=")]
    private static partial Regex SwitcherLink();
}
