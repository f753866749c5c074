using WalletLoyalty.Security;

namespace WalletLoyalty.Referrals;

/// <summary>
/// A member's referral code: 10 Crockford base32 characters (50 random bits), short in a URL and a QR code, and
/// too many to guess one of a program's codes by trying links.
/// </summary>
public static class ReferralCodes
{
    public const int Length = 10;

    /// <summary>The join link's query parameter that carries the code.</summary>
    public const string QueryName = "ref";

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => RandomCodes.Base32(Length);

    /// <summary>The code as stored (upper case) when the text can be one; null for anything else, which a join ignores.</summary>
    public static string? Read(string? presented)
    {
        var code = presented?.Trim().ToUpperInvariant();
        return code is { Length: Length } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
