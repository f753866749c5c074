using System.Security.Cryptography;
using System.Text;
using WalletLoyalty.Security;

namespace WalletLoyalty.Consent;

/// <summary>
/// The link on the back of a store card to the member's consent page. It names the card and carries a key
/// signed with the card's authentication token (the secret the brand's app already proves a member with), so
/// it is unguessable, the same on every copy of the card, and dies with the card when a new one is issued.
/// </summary>
public static class ConsentLinks
{
    public const string PathPrefix = "/members/consent/";
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int KeyLength = 32;

    public static string Path(string serialNumber, string authenticationToken) =>
        PathPrefix + Uri.EscapeDataString(serialNumber) + "/" + Key(serialNumber, authenticationToken);

    public static bool IsKeyOf(string serialNumber, string authenticationToken, string presented) =>
        presented.Length == KeyLength && ConstantTime.Equals(presented, Key(serialNumber, authenticationToken));

    private static string Key(string serialNumber, string authenticationToken)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(authenticationToken), Encoding.UTF8.GetBytes("consent-link|" + serialNumber));
        // 32 characters of 5 bits: 160 of the MAC's 256 bits.
        var key = new char[KeyLength];
        for (var i = 0; i < KeyLength; i++)
        {
            var bit = i * 5;
            var pair = (mac[bit / 8] << 8) | mac[(bit / 8) + 1];
            key[i] = Alphabet[(pair >> (11 - (bit % 8))) & 31];
        }
        return new string(key);
    }
}
