using WalletLoyalty.Languages;

namespace WalletLoyalty.Tests.Programs;

public sealed class ShopperLanguageTests
{
    [Theory]
    [InlineData("pl-PL,pl;q=0.9,en-US;q=0.8", "pl")]
    [InlineData("th-TH", "th")]
    [InlineData("zh-CN,zh;q=0.9", "zh-Hans")]
    [InlineData("zh-TW,zh;q=0.9,en;q=0.5", "zh-Hant")]
    [InlineData("zh-Hant-HK", "zh-Hant")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("fr-FR,fr;q=0.9,de;q=0.7", "de")]
    [InlineData("fr-FR", "en")]
    [InlineData("en;q=0.2,pl;q=0.8", "pl")]
    [InlineData("pl;q=0,de", "de")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    [InlineData("*", "en")]
    public void APhonesLanguagesAreMatchedToTheBestShopperLanguage(string? acceptLanguage, string expected) =>
        Assert.Equal(expected, ShopperLanguage.Negotiate(acceptLanguage));

    [Theory]
    [InlineData("th", "1,234.5")]
    [InlineData("de", "1.234,5")]
    [InlineData("pl", "1 234,5")]
    public void NumbersAreWrittenTheWayTheLanguageWritesThem(string language, string expected) =>
        Assert.Equal(expected, 1234.5.ToString("#,##0.#", ShopperLanguage.Culture(language)).Replace('\u00a0', ' '));
}

public sealed class ShopperDateTests
{
    private static readonly DateTimeOffset NewYearsEve = new(2026, 12, 31, 18, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(null, "31 Dec 2026")]
    [InlineData("en", "31 Dec 2026")]
    [InlineData("de", "31. Dez. 2026")]
    [InlineData("pl", "31 gru 2026")]
    [InlineData("th", "31 ธ.ค. 2569")]
    [InlineData("zh-Hans", "2026年12月31日")]
    [InlineData("zh-Hant", "2026年12月31日")]
    public void ADayIsWrittenAsTheMembersLanguageWritesIt(string? language, string expected) =>
        Assert.Equal(expected, WalletLoyalty.Languages.ShopperLanguage.Date(NewYearsEve, language));
}
