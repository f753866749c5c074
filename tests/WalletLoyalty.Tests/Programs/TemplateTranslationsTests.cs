using WalletLoyalty.Programs;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Programs;

public sealed class TemplateTranslationsTests
{
    [Fact]
    public void TheDemoProgramShipsEveryShopperLanguage()
    {
        var translations = SamplePasses.Demo().Template.Translations;

        Assert.Equal(["de", "pl", "th", "zh-Hans", "zh-Hant"], translations.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Twoja karta piekarni w portfelu telefonu", translations.Text("Your bakery card, in your phone's wallet", "pl"));
        Assert.Equal("Your offer", translations.Text("Your offer", "en"));
        Assert.Equal("Your offer", translations.Text("Your offer", null));
    }

    [Fact]
    public void ATranslationOfATextTheTemplateDoesNotHaveIsRefusedAtStart()
    {
        var errors = Validate(t => t.Translations["pl"] = new() { ["POINTZ"] = "PUNKTY" });

        Assert.Contains(errors, e => e.Contains("translations.pl: \"POINTZ\" is not a text of this template", StringComparison.Ordinal));
    }

    [Fact]
    public void ATranslationThatDropsTheValueOfAChangeMessageIsRefused()
    {
        var errors = Validate(t => t.Translations["de"] = new() { ["You now have %@ points"] = "Neue Punkte" });

        Assert.Contains(errors, e => e.Contains("must keep the %@", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("zh")]
    public void OnlyTheOtherShopperLanguagesMayBeTranslated(string language)
    {
        var errors = Validate(t => t.Translations[language] = new() { ["POINTS"] = "X" });

        Assert.Contains(errors, e => e.Contains($"translations.{language}: not a language shoppers are served in", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Validate(Action<ProgramTemplate> change)
    {
        var demo = SamplePasses.Demo();
        var template = demo.Template;
        var copy = System.Text.Json.JsonSerializer.Deserialize<ProgramTemplate>(System.Text.Json.JsonSerializer.Serialize(template))!;
        copy.Translations = new ProgramTranslations();
        change(copy);
        return TemplateValidator.Validate("demo", copy, demo.Images);
    }
}
