namespace WalletLoyalty.Server.Languages;

/// <summary>
/// A counted text is a group of keys, one per plural category (<c>till.points.one</c>, <c>till.points.other</c>);
/// the pages' scripts pick the one <c>Intl.PluralRules</c> names for the count. These are the categories
/// CLDR gives whole numbers in each shopper language, so a language's file must hold each of them.
/// </summary>
internal static class PluralCategories
{
    public static readonly IReadOnlyList<string> All = ["zero", "one", "two", "few", "many", "other"];

    public static IReadOnlyList<string> Of(string language) => language switch
    {
        "en" or "de" => ["one", "other"],
        "pl" => ["one", "few", "many", "other"],
        _ => ["other"],
    };

    /// <summary>The group a key belongs to (<c>till.points</c> for <c>till.points.few</c>), or null for a plain text.</summary>
    public static string? GroupOf(string key)
    {
        var dot = key.LastIndexOf('.');
        return dot > 0 && All.Contains(key[(dot + 1)..]) ? key[..dot] : null;
    }
}
