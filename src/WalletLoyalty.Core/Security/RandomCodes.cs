using System.Security.Cryptography;

namespace WalletLoyalty.Security;

/// <summary>Unguessable identifiers: Crockford base32 (no I, L, O, U) so they survive typing and scanning.</summary>
public static class RandomCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A random string of the given length; each character carries 5 bits.</summary>
    public static string Base32(int length)
    {
        Span<byte> bytes = stackalloc byte[length];
        RandomNumberGenerator.Fill(bytes);
        return string.Create(length, bytes.ToArray(), static (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[source[i] & 31];
            }
        });
    }

    /// <summary>A number of the given digit count whose last digit is a Luhn check digit, so typos are caught.</summary>
    public static string LuhnNumber(int digits)
    {
        var body = new char[digits - 1];
        body[0] = (char)('1' + RandomNumberGenerator.GetInt32(9));
        for (var i = 1; i < body.Length; i++)
        {
            body[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        }
        return new string(body) + LuhnCheckDigit(body);
    }

    public static bool HasValidLuhn(string number) =>
        number.Length > 1 && number.All(char.IsAsciiDigit) && LuhnCheckDigit(number.AsSpan(0, number.Length - 1)) == number[^1];

    private static char LuhnCheckDigit(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
