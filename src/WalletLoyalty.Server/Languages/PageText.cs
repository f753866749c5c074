using System.Globalization;
using WalletLoyalty.Languages;

namespace WalletLoyalty.Server.Languages;

/// <summary>The fixed texts of the pages in one language.</summary>
public sealed class PageText(string language, IReadOnlyDictionary<string, string> texts)
{
    public string Language { get; } = language;
    public IEnumerable<string> Keys => texts.Keys;
    public CultureInfo Culture { get; } = ShopperLanguage.Culture(language);

    public string this[string key] => texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No page text '{key}'.");

    public string Format(string key, params object[] values) => string.Format(Culture, this[key], values);

    /// <summary>The texts whose keys start with one of the prefixes, for a page's scripts.</summary>
    public IReadOnlyDictionary<string, string> StartingWith(IEnumerable<string> prefixes) =>
        texts.Where(t => prefixes.Any(p => t.Key.StartsWith(p, StringComparison.Ordinal))).ToDictionary();
}
