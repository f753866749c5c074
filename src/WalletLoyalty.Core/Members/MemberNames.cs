namespace WalletLoyalty.Members;

public static class MemberNames
{
    public const int MaxLength = 40;

    /// <summary>What a shopper typed, made safe to print on a pass: no control characters, trimmed, bounded.</summary>
    public static string Clean(string? typed, string fallback)
    {
        var cleaned = new string((typed ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (cleaned.Length > MaxLength)
        {
            cleaned = cleaned[..MaxLength].TrimEnd();
        }
        return cleaned.Length == 0 ? fallback : cleaned;
    }

    /// <summary>What {firstName} says until the member tells us: the first word of the name they gave.</summary>
    public static string FirstName(string displayName)
    {
        var trimmed = displayName.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? trimmed[..space] : trimmed;
    }
}
