using System.Text.Json;
using System.Text.RegularExpressions;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Marketing;

/// <summary>The campaigns dashboard is sent already translated into the language the browser asks for, its scripts' texts with it.</summary>
[Trait("Category", "Database")]
public sealed partial class MarketingPageLanguageTests : IAsyncLifetime
{
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Theory]
    [InlineData("pl-PL,pl;q=0.9,en;q=0.5", "pl", "Logowanie do kampanii", "Nowa kampania")]
    [InlineData("th-TH,th;q=0.9", "th", "เข้าสู่ระบบแคมเปญ", "แคมเปญใหม่")]
    [InlineData("zh-CN,zh;q=0.9", "zh-Hans", "登录营销活动", "新建活动")]
    [InlineData("zh-HK,zh;q=0.9", "zh-Hant", "登入行銷活動", "新增活動")]
    [InlineData("de-AT,de;q=0.9", "de", "Bei den Kampagnen anmelden", "Neue Kampagne")]
    [InlineData("", "en", "Sign in to campaigns", "New campaign")]
    public async Task TheDashboardIsSentInTheBrowsersLanguage(string acceptLanguage, string language, string heading, string newCampaign)
    {
        var html = await _service.Client.GetHtmlAsync("/marketing", acceptLanguage);

        Assert.Contains($"<html lang=\"{language}\">", html);
        Assert.Contains($"<h1 id=\"sign-in-title\">{heading}</h1>", html);
        Assert.Contains($"<button id=\"new-campaign\" class=\"primary\" type=\"button\">{newCampaign}</button>", html);
    }

    [Fact]
    public async Task NumbersTheServerWritesFollowThePagesLanguage()
    {
        Assert.Equal("10 %", HoldOutShown(await _service.Client.GetHtmlAsync("/marketing", "de-DE")));
        Assert.Equal("10%", HoldOutShown(await _service.Client.GetHtmlAsync("/marketing", "zh-CN")));
    }

    [Fact]
    public async Task TheScriptsGetTheDashboardsTextsInThePagesLanguageAsDataThatIsNeverRun()
    {
        var html = await _service.Client.GetHtmlAsync("/marketing?lang=pl", "en-US");

        var block = TextsBlock().Match(html);
        Assert.True(block.Success, "the page has no texts block");
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(block.Groups["json"].Value)!;
        Assert.Equal("W każdą środę o {time}", texts["marketing.when.weekly.WED"]);
        Assert.Equal("{count} kampanie", texts["marketing.campaigns.few"]);
        Assert.All(texts.Keys, key => Assert.Matches("^(marketing|staff)\\.", key));
    }

    [Fact]
    public async Task TheMessageInEachOtherLanguageIsTypedIntoBoxesLabelledInThatLanguage()
    {
        var html = await _service.Client.GetHtmlAsync("/marketing", "de-DE");

        Assert.Contains("placeholder=\"Tytuł\"", html);
        Assert.Contains("placeholder=\"หัวข้อ\"", html);
        Assert.Contains("<label class=\"sr-only\" for=\"message-title-pl\" lang=\"de\">Titel</label>", html);
    }

    // German sets a no-break space before the percent sign; which one depends on the ICU version.
    private static string HoldOutShown(string html) =>
        HoldOut().Match(html).Groups["value"].Value.Replace('\u00a0', ' ').Replace('\u202f', ' ');

    [GeneratedRegex("<output id=\"hold-out-value\" for=\"hold-out\">(?<value>[^<]*)</output>")]
    private static partial Regex HoldOut();

    [GeneratedRegex("<script type=\"application/json\" id=\"page-texts\">(?<json>[^<]*)</script>")]
    private static partial Regex TextsBlock();
}
