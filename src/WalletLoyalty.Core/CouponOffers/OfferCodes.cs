using System.Security.Cryptography;
using System.Text;

namespace WalletLoyalty.CouponOffers;

/// <summary>Codes drawn to an offer's pattern, such as BAKE-####: each '#' a random digit, no code twice.</summary>
public static class OfferCodes
{
    public const char Digit = '#';

    /// <summary>
    /// How many more codes the pattern could make than are printed, at least: a guessed code then misses nine
    /// times in ten, and drawing distinct codes stays quick.
    /// </summary>
    public const int Headroom = 10;

    public static int Digits(string pattern) => pattern.Count(c => c == Digit);

    /// <summary>True when the pattern has room for <paramref name="count"/> codes with <see cref="Headroom"/>.</summary>
    public static bool HasRoomFor(string pattern, long count)
    {
        var digits = Digits(pattern);
        return digits is > 0 and <= 18 && Math.Pow(10, digits) >= (double)count * Headroom;
    }

    /// <summary>Draws <paramref name="count"/> distinct codes, none of them in <paramref name="taken"/>.</summary>
    public static IReadOnlyList<string> Draw(string pattern, int count, IReadOnlySet<string> taken)
    {
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        while (drawn.Count < count)
        {
            var code = Fill(pattern);
            if (!taken.Contains(code))
            {
                drawn.Add(code);
            }
        }
        return [.. drawn];
    }

    private static string Fill(string pattern)
    {
        var code = new StringBuilder(pattern.Length);
        foreach (var c in pattern)
        {
            code.Append(c == Digit ? (char)('0' + RandomNumberGenerator.GetInt32(10)) : char.ToUpperInvariant(c));
        }
        return code.ToString();
    }
}
