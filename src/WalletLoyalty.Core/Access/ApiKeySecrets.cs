using System.Security.Cryptography;
using System.Text;
using WalletLoyalty.Security;

namespace WalletLoyalty.Access;

/// <summary>
/// Keys look like wl_&lt;8-character prefix&gt;&lt;32 more&gt;: 200 random bits, so a plain SHA-256 is a safe
/// way to store them (no password stretching needed for secrets nobody chose).
/// </summary>
public static class ApiKeySecrets
{
    private const string Scheme = "wl_";
    public const int PrefixLength = 8;

    public static string NewKey() => Scheme + RandomCodes.Base32(40);

    public static string? PrefixOf(string key) =>
        key.StartsWith(Scheme, StringComparison.Ordinal) && key.Length == Scheme.Length + 40 ? key.Substring(Scheme.Length, PrefixLength) : null;

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool Matches(string presented, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(storedHash));
}
