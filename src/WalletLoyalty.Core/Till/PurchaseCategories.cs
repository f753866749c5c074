namespace WalletLoyalty.Till;

/// <summary>
/// The product categories of a purchase, as the till or an import gives them: stored distinct, separated by ';',
/// so a purchase with a ';' in its column is one in two or more categories.
/// </summary>
public static class PurchaseCategories
{
    public const int MaxCount = 20;
    public const int MaxLength = 40;

    /// <summary>Why the list cannot be stored, or null when it can (no list at all is fine).</summary>
    public static string? Problem(IReadOnlyList<string>? categories) =>
        categories is null || (categories.Count <= MaxCount && categories.All(IsValid))
            ? null
            : $"categories: at most {MaxCount}, each 1 to {MaxLength} characters without ';' or control characters.";

    /// <summary>The column's value: the distinct categories in their first order, or null for none.</summary>
    public static string? Stored(IEnumerable<string>? categories)
    {
        var distinct = categories?.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return distinct is { Count: > 0 } ? string.Join(';', distinct) : null;
    }

    /// <summary>Whether the text is one category as a purchase may name it (it is stored trimmed).</summary>
    public static bool IsValid(string? category) =>
        category is not null && category.Trim() is { Length: > 0 and <= MaxLength } trimmed && !trimmed.Contains(';') && !trimmed.Any(char.IsControl);
}
