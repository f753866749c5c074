using System.Security.Cryptography;
using System.Text;

namespace WalletLoyalty.Security;

/// <summary>
/// The key of a link printed on a store card: HMAC-SHA256 keyed with the card's authentication token over the link's
/// purpose and the serial, as 32 Crockford base32 characters. Unguessable, the same on every copy of the card, and dead
/// once the card is re-issued with a new token; each purpose gets its own key, so one link does not open another page.
/// </summary>
public static class CardLinkKey
{
    public const int Length = 32;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Of(string purpose, string serialNumber, string authenticationToken)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(authenticationToken), Encoding.UTF8.GetBytes(purpose + "|" + serialNumber));
        // 32 characters of 5 bits: 160 of the MAC's 256 bits.
        var key = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            var bit = i * 5;
            var pair = (mac[bit / 8] << 8) | mac[(bit / 8) + 1];
            key[i] = Alphabet[(pair >> (11 - (bit % 8))) & 31];
        }
        return new string(key);
    }

    public static bool Matches(string purpose, string serialNumber, string authenticationToken, string presented) =>
        presented.Length == Length && ConstantTime.Equals(presented, Of(purpose, serialNumber, authenticationToken));
}
