using WalletLoyalty.Languages;

namespace WalletLoyalty.Server.Languages;

/// <summary>
/// The fixed texts of the pages in every shopper language (<c>Languages/Texts/</c>: the shopper pages' at the
/// top, the staff pages' in <c>staff/</c>, <c>till/</c> and <c>marketing/</c>). Any problem
/// <see cref="PageTextsCheck"/> finds stops the start, so no page ever shows a key.
/// </summary>
public sealed class PageTexts
{
    private readonly Dictionary<string, PageText> _byLanguage;

    public PageTexts() : this(EmbeddedPageTexts.Read(typeof(PageTexts).Assembly))
    {
    }

    internal PageTexts(IReadOnlyList<PageTextFile> files)
    {
        var problems = PageTextsCheck.Problems(files);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", problems));
        }
        _byLanguage = ShopperLanguage.Supported.ToDictionary(tag => tag, tag => new PageText(tag,
            files.Where(f => f.Language == tag).SelectMany(f => f.Texts).ToDictionary()));
    }

    /// <summary>The texts in the language the request asks for (<see cref="RequestLanguage"/>).</summary>
    public PageText For(HttpRequest request) => _byLanguage[RequestLanguage.Of(request)];

    /// <summary>Each language by its own name, for the switcher.</summary>
    public IEnumerable<PageText> All => ShopperLanguage.Supported.Select(tag => _byLanguage[tag]);
}
