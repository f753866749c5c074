using WalletLoyalty.Programs;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Programs;

/// <summary>The marketing consent a template words: required pieces, its own field key, and its translations.</summary>
public sealed class TemplateConsentTests
{
    private static IReadOnlyList<string> Validate(Action<ProgramTemplate> change)
    {
        var demo = SamplePasses.Demo();
        var copy = System.Text.Json.JsonSerializer.Deserialize<ProgramTemplate>(System.Text.Json.JsonSerializer.Serialize(demo.Template))!;
        copy.Translations = new ProgramTranslations();
        change(copy);
        return TemplateValidator.Validate("demo", copy, demo.Images);
    }

    [Fact]
    public void TheDemoProgramWordsItsConsentWithAVersionInEveryShopperLanguage()
    {
        var template = SamplePasses.Demo().Template;

        Assert.Equal("2026-12", template.Consent.Version);
        Assert.StartsWith("Tak, Maple Street Bakery", template.Translations.Text(template.Consent.Text, "pl"), StringComparison.Ordinal);
        Assert.Equal("優惠和訊息", template.Translations.Text(template.Consent.LinkLabel, "zh-Hant"));
    }

    [Fact]
    public void AConsentWithoutAVersionOrTextIsRefusedAtStart()
    {
        var errors = Validate(t => t.Consent = new ConsentText { Version = "", Text = "" });

        Assert.Contains(errors, e => e.Contains("consent.version is required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("consent.text is required", StringComparison.Ordinal));
    }

    [Fact]
    public void AStoreCardFieldMayNotTakeTheConsentLinksKey()
    {
        var errors = Validate(t => t.StoreCard.Fields.Add(new PassFieldTemplate { Area = "back", Key = "consent", Label = "Mine", Value = "x" }));

        Assert.Contains(errors, e => e.Contains("the field key 'consent' is the consent link's own", StringComparison.Ordinal));
    }

    [Fact]
    public void ATranslationMayCoverTheConsentTexts()
    {
        var errors = Validate(t => t.Translations["de"] = new() { [t.Consent.Text] = "Ja, gern.", [t.Consent.LinkLabel] = "Angebote" });

        Assert.Empty(errors);
    }
}
