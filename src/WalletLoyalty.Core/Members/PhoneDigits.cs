namespace WalletLoyalty.Members;

/// <summary>
/// Phone numbers compared by their digits. A customer reads out "0171 2345678" where the card has
/// "+49 171 2345678", so a number matches when, without leading zeros, one ends with the other.
/// </summary>
public static class PhoneDigits
{
    public static string Of(string phone) => new(phone.Where(char.IsAsciiDigit).ToArray());

    /// <summary>The digits without the zeros of a trunk or international prefix (0…, 00…).</summary>
    public static string Significant(string phone) => Of(phone).TrimStart('0');

    /// <summary>
    /// A SQL expression for the significant digits of a phone column: the characters a stored number may hold
    /// besides digits (see <see cref="ContactRules"/> and the import) removed, then the leading zeros.
    /// </summary>
    public static string SqlOf(string column) =>
        $"LTRIM(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE({column}, ' ', ''), '+', ''), '-', ''), '(', ''), ')', ''), '.', ''), '0')";
}
