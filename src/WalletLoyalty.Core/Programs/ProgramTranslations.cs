using WalletLoyalty.Languages;

namespace WalletLoyalty.Programs;

/// <summary>
/// A template's texts in other languages: for each language tag, the template's own (English) text
/// mapped to its translation. Apple's pass.strings works the same way, so the map is written out as is.
/// </summary>
public sealed class ProgramTranslations : Dictionary<string, Dictionary<string, string>>
{
    /// <summary>The text in the language, or the text itself where the template has no translation.</summary>
    public string Text(string text, string? language) =>
        language is not null && language != ShopperLanguage.Default && TryGetValue(language, out var texts) && texts.TryGetValue(text, out var translated)
            ? translated
            : text;

    /// <summary>Every translation of a text the template has, by language, English first.</summary>
    public IEnumerable<(string Language, string Text)> All(string text)
    {
        yield return (ShopperLanguage.Default, text);
        foreach (var language in ShopperLanguage.Supported.Where(l => l != ShopperLanguage.Default))
        {
            if (TryGetValue(language, out var texts) && texts.TryGetValue(text, out var translated))
            {
                yield return (language, translated);
            }
        }
    }
}
