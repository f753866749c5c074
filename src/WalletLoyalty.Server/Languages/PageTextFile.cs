namespace WalletLoyalty.Server.Languages;

/// <summary>
/// One file of page texts in one language: <c>Languages/Texts/&lt;tag&gt;.json</c> for the shopper pages
/// (<see cref="Set"/> empty), or <c>Languages/Texts/&lt;set&gt;/&lt;tag&gt;.json</c> for the staff pages,
/// whose keys all start with the set's name (<c>till.</c>, <c>marketing.</c>, <c>staff.</c> for what both share).
/// </summary>
internal sealed record PageTextFile(string Set, string Language, IReadOnlyDictionary<string, string> Texts)
{
    public string Path => Set.Length == 0 ? $"Languages/Texts/{Language}.json" : $"Languages/Texts/{Set}/{Language}.json";
}
