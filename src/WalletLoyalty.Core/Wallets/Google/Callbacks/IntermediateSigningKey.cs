using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>
/// The key that signed the message, from the <c>signedKey</c> JSON:
/// <c>{"keyValue": "base64 SubjectPublicKeyInfo", "keyExpiration": "ms"}</c>.
/// </summary>
internal sealed record IntermediateSigningKey(byte[] SubjectPublicKeyInfo, DateTimeOffset ExpiresAt)
{
    /// <summary>Call only once a root key has verified the signedKey string.</summary>
    public static bool TryParse(string signedKey, [NotNullWhen(true)] out IntermediateSigningKey? key, out string problem)
    {
        key = null;
        try
        {
            using var document = JsonDocument.Parse(signedKey);
            var value = JsonFields.Base64(JsonFields.String(document.RootElement, "keyValue"));
            var expiresAt = JsonFields.UnixMilliseconds(document.RootElement, "keyExpiration");
            problem = (value, expiresAt) switch
            {
                (null, _) => "the intermediate signing key has no base64 keyValue",
                (_, null) => "the intermediate signing key has no keyExpiration in Unix milliseconds",
                _ => "",
            };
            if (problem.Length > 0)
            {
                return false;
            }
            key = new IntermediateSigningKey(value!, expiresAt!.Value);
            return true;
        }
        catch (JsonException)
        {
            problem = "the intermediate signing key is not JSON";
            return false;
        }
    }
}
