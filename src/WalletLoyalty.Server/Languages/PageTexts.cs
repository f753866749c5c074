using System.Text.Json;
using WalletLoyalty.Languages;

namespace WalletLoyalty.Server.Languages;

/// <summary>
/// The fixed texts of the shopper pages in every shopper language (Languages/Texts/&lt;tag&gt;.json). A language
/// that lacks a text English has stops the start, so no page ever shows a key.
/// </summary>
public sealed class PageTexts
{
    private readonly Dictionary<string, PageText> _byLanguage;

    public PageTexts()
    {
        var assembly = typeof(PageTexts).Assembly;
        _byLanguage = ShopperLanguage.Supported.ToDictionary(tag => tag, tag =>
        {
            using var stream = assembly.GetManifestResourceStream($"Languages.Texts.{tag}.json")
                ?? throw new InvalidOperationException($"Languages/Texts/{tag}.json is missing from the build.");
            return new PageText(tag, JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!);
        });
        var english = _byLanguage[ShopperLanguage.Default].Keys;
        var gaps = _byLanguage.Values.SelectMany(t => english.Except(t.Keys).Select(key => $"Languages/Texts/{t.Language}.json lacks \"{key}\"")).ToList();
        if (gaps.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", gaps));
        }
    }

    public PageText For(string language) => _byLanguage.GetValueOrDefault(ShopperLanguage.Match(language) ?? ShopperLanguage.Default)!;

    /// <summary>The texts in the language the request asks for (<see cref="RequestLanguage"/>).</summary>
    public PageText For(HttpRequest request) => _byLanguage[RequestLanguage.Of(request)];

    /// <summary>Each language by its own name, for the switcher.</summary>
    public IEnumerable<PageText> All => ShopperLanguage.Supported.Select(tag => _byLanguage[tag]);
}

/// <summary>The fixed texts of the pages in one language.</summary>
public sealed class PageText(string language, IReadOnlyDictionary<string, string> texts)
{
    public string Language { get; } = language;
    public IEnumerable<string> Keys => texts.Keys;
    public System.Globalization.CultureInfo Culture { get; } = ShopperLanguage.Culture(language);

    public string this[string key] => texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No page text '{key}'.");

    public string Format(string key, params object[] values) => string.Format(Culture, this[key], values);
}
