using WalletLoyalty.Languages;
using WalletLoyalty.Server.Languages;

namespace WalletLoyalty.Tests.Languages;

public sealed class PageTextsCheckTests
{
    [Fact]
    public void TheBuiltInTextsOfEveryPageAreCompleteInEveryLanguage() =>
        Assert.Empty(PageTextsCheck.Problems(EmbeddedPageTexts.Read(typeof(PageTexts).Assembly)));

    [Fact]
    public void EveryStaffPageHasItsTextsInEveryLanguage()
    {
        var files = EmbeddedPageTexts.Read(typeof(PageTexts).Assembly);

        foreach (var set in new[] { "", "staff", "till", "marketing" })
        {
            Assert.Equal(ShopperLanguage.Supported.Order(), files.Where(f => f.Set == set).Select(f => f.Language).Order());
        }
    }

    [Fact]
    public void ALanguageLackingATextEnglishHasStopsTheStart()
    {
        var files = Complete("till", new() { ["till.name"] = "Till", ["till.look-up"] = "Look up" });
        files[files.FindIndex(f => f.Language == "pl")] = new("till", "pl", new Dictionary<string, string> { ["till.name"] = "Kasa" });

        var failure = Assert.Throws<InvalidOperationException>(() => new PageTexts(files));

        Assert.Equal("Languages/Texts/till/pl.json lacks \"till.look-up\"", failure.Message);
    }

    [Fact]
    public void AMissingLanguageFileIsNamed()
    {
        var files = Complete("till", new() { ["till.name"] = "Till" }).Where(f => f.Language != "th").ToList();

        Assert.Equal(["Languages/Texts/till/th.json is missing"], PageTextsCheck.Problems(files));
    }

    [Fact]
    public void ATranslationMustKeepThePlaceholdersOfTheEnglishText()
    {
        var files = Complete("till", new() { ["till.found"] = "Card found: {name}" });
        files[files.FindIndex(f => f.Language == "de")] = new("till", "de", new Dictionary<string, string> { ["till.found"] = "Karte gefunden: {Name}" });

        Assert.Equal(["Languages/Texts/till/de.json: \"till.found\" must use the placeholders {name} as English does"], PageTextsCheck.Problems(files));
    }

    [Fact]
    public void ACountedTextNeedsEveryPluralFormOfItsLanguage()
    {
        var english = new Dictionary<string, string> { ["till.points.one"] = "{count} point", ["till.points.other"] = "{count} points" };
        var files = Complete("till", english);
        files[files.FindIndex(f => f.Language == "pl")] = new("till", "pl", new Dictionary<string, string>
        {
            ["till.points.one"] = "{count} punkt", ["till.points.many"] = "{count} punktów", ["till.points.other"] = "{count} punktu",
        });
        files[files.FindIndex(f => f.Language == "th")] = new("till", "th", new Dictionary<string, string> { ["till.points.other"] = "{count} คะแนน" });

        Assert.Equal(["Languages/Texts/till/pl.json lacks \"till.points.few\""], PageTextsCheck.Problems(files));
    }

    [Fact]
    public void AKeyEnglishDoesNotHaveIsNamed()
    {
        var files = Complete("till", new() { ["till.name"] = "Till" });
        files[files.FindIndex(f => f.Language == "zh-Hans")] = new("till", "zh-Hans", new Dictionary<string, string> { ["till.name"] = "收银台", ["till.nmae"] = "收银台" });

        Assert.Equal(["Languages/Texts/till/zh-Hans.json has \"till.nmae\", which English does not"], PageTextsCheck.Problems(files));
    }

    [Fact]
    public void AKeyOfAnotherPageInAPagesFileIsNamed()
    {
        var files = Complete("till", new() { ["marketing.name"] = "Campaigns" });

        Assert.Contains("Languages/Texts/till/en.json holds \"marketing.name\", which does not start with \"till.\"", PageTextsCheck.Problems(files));
    }

    // The same texts in every language, as a translator's first copy would have them.
    private static List<PageTextFile> Complete(string set, Dictionary<string, string> english) =>
        [.. ShopperLanguage.Supported.Select(language => new PageTextFile(set, language, english))];
}
