using System.Text.Json;

namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>
/// Reads the document Google serves at its keys URL:
/// <c>{"keys":[{"keyValue":"base64 SubjectPublicKeyInfo","protocolVersion":"ECv2SigningOnly","keyExpiration":"ms"}]}</c>.
/// </summary>
public static class GoogleRootKeysDocument
{
    /// <summary>
    /// The keys whose value, protocol version and expiry can be read; entries that cannot are left
    /// out, since a key without an expiry is never trusted for ECv2SigningOnly.
    /// </summary>
    /// <exception cref="InvalidDataException">The text is not JSON with a <c>keys</c> array.</exception>
    public static IReadOnlyList<GoogleRootKey> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("keys", out var keys)
                || keys.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("Google's root keys document has no \"keys\" array.");
            }
            return [.. keys.EnumerateArray().Select(Read).OfType<GoogleRootKey>()];
        }
        catch (JsonException problem)
        {
            throw new InvalidDataException("Google's root keys document is not JSON.", problem);
        }
    }

    private static GoogleRootKey? Read(JsonElement key)
    {
        var protocolVersion = JsonFields.String(key, "protocolVersion");
        var value = JsonFields.Base64(JsonFields.String(key, "keyValue"));
        var expiresAt = JsonFields.UnixMilliseconds(key, "keyExpiration");
        return protocolVersion is null || value is null || expiresAt is null
            ? null
            : new GoogleRootKey(protocolVersion, value, expiresAt.Value);
    }
}
