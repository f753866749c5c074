using WalletLoyalty.Security;

namespace WalletLoyalty.Till;

/// <summary>What a scanned or typed code is: a member's card code, a member number, or a coupon code.</summary>
public static class CardCodes
{
    public const int CodeLength = 26;

    public static string Normalize(string code) => code.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    public static bool IsMemberCode(string code) => code.Length == CodeLength && code[0] == 'M';

    public static bool IsCouponCode(string code) => code.Length == CodeLength && code[0] == 'C';

    public static bool IsMemberNumber(string code) => code.Length == 10 && RandomCodes.HasValidLuhn(code);
}
