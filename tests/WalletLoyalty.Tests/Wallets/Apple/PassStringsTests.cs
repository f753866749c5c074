using System.Security.Cryptography;
using System.Text.Json;
using WalletLoyalty.Languages;
using WalletLoyalty.Programs;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Wallets.Apple;

public sealed class PassStringsTests
{
    [Theory]
    [InlineData("de", "POINTS", "PUNKTE")]
    [InlineData("pl", "POINTS", "PUNKTY")]
    [InlineData("th", "POINTS", "คะแนน")]
    [InlineData("zh-Hans", "MEMBER NO.", "会员号")]
    [InlineData("zh-Hant", "MEMBER NO.", "會員編號")]
    public void APhoneInTheLanguageFindsTheCardsLabelsTranslated(string language, string text, string translated)
    {
        var pass = new PkPassFile(SamplePasses.Packager().Package(SamplePasses.StoreCard()));

        Assert.Equal(translated, pass.Strings(language)[text]);
    }

    [Fact]
    public void EveryShippedLanguageCoversEveryLabelAndValueTheTemplateDefines()
    {
        var program = SamplePasses.Demo();
        var pass = new PkPassFile(SamplePasses.Packager().Package(SamplePasses.StoreCard()));
        var texts = ProgramTexts.Of(program.Template).Where(t => t != program.Template.Name && t != program.Template.OrganizationName).ToList();

        foreach (var language in ShopperLanguage.Supported)
        {
            var strings = pass.Strings(language);
            var missing = texts.Where(t => !strings.ContainsKey(t)).ToList();
            Assert.True(missing.Count == 0, $"{language}.lproj lacks: {string.Join(" | ", missing)}");
        }
    }

    [Fact]
    public void QuotesBackslashesAndLineBreaksSurviveTheStringsFile()
    {
        var shop = "12 Maple Street\nOpen daily 7:00–19:00\nhttps://maplestreet.example";
        var pass = new PkPassFile(SamplePasses.Packager().Package(SamplePasses.StoreCard()));

        Assert.Equal(SamplePasses.Demo().Template.Translations["pl"][shop], pass.Strings("pl")[shop]);
        Assert.Equal("Your bakery card, in your phone's wallet", pass.Strings("en")["Your bakery card, in your phone's wallet"]);
    }

    [Fact]
    public void EachStringsFileIsSignedThroughTheManifest()
    {
        var pass = new PkPassFile(SamplePasses.Packager().Package(SamplePasses.Coupon()));
        var manifest = JsonDocument.Parse(pass.Files["manifest.json"]).RootElement;

        foreach (var language in ShopperLanguage.Supported)
        {
            var path = $"{language}.lproj/pass.strings";
            Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(pass.Files[path])), manifest.GetProperty(path).GetString());
        }
    }
}
