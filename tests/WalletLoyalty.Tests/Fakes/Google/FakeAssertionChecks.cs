using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>
/// Google's checks on a service account's JWT assertion: RS256 signed by a key the account owns,
/// issued by that account, addressed to Google's token endpoint, asking for known scopes, at most an
/// hour long and not expired.
/// </summary>
internal static class FakeAssertionChecks
{
    /// <summary>
    /// Google documents this as the audience of every access-token assertion, and Google.Apis.Auth
    /// sends it whatever the key file's token_uri; the endpoint's own address is accepted as well.
    /// </summary>
    public const string GoogleTokenUri = "https://oauth2.googleapis.com/token";

    private static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(1);

    public static (FakeTokenGrant? Grant, string? Error) Check(
        string assertion,
        Uri tokenUri,
        IReadOnlyDictionary<string, FakeTrustedKey> trustedKeys,
        IReadOnlySet<string> knownScopes,
        DateTimeOffset now)
    {
        var parts = assertion.Split('.');
        if (parts.Length != 3)
        {
            return (null, "Invalid JWT: Token must be a short-lived token and in a reasonable timeframe");
        }

        JsonElement header, claims;
        try
        {
            header = JsonSerializer.Deserialize<JsonElement>(Base64Url.DecodeFromChars(parts[0]));
            claims = JsonSerializer.Deserialize<JsonElement>(Base64Url.DecodeFromChars(parts[1]));
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            return (null, "Invalid JWT: not base64url-encoded JSON");
        }

        if (String(header, "alg") != "RS256")
        {
            return (null, "Invalid JWT: alg must be RS256");
        }

        var issuer = String(claims, "iss");
        if (issuer is null || !trustedKeys.TryGetValue(issuer, out var key))
        {
            return (null, "Invalid JWT Signature.");
        }

        if (String(header, "kid") is { } keyId && keyId != key.KeyId)
        {
            return (null, "Invalid JWT Signature.");
        }

        if (!SignatureVerifies(parts, key))
        {
            return (null, "Invalid JWT Signature.");
        }

        if (String(claims, "aud") is not { } audience || (audience != GoogleTokenUri && audience != tokenUri.AbsoluteUri))
        {
            return (null, "Invalid JWT: Failed audience check.");
        }

        var scopes = (String(claims, "scope") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (scopes.Length == 0 || !scopes.All(knownScopes.Contains))
        {
            return (null, "invalid_scope");
        }

        return CheckTimes(claims, now) is { } timeError
            ? (null, timeError)
            : (new FakeTokenGrant(issuer, scopes), null);
    }

    private static string? CheckTimes(JsonElement claims, DateTimeOffset now)
    {
        if (!Seconds(claims, "iat", out var issuedAt) || !Seconds(claims, "exp", out var expires))
        {
            return "Invalid JWT: iat and exp are required";
        }

        var issued = DateTimeOffset.FromUnixTimeSeconds(issuedAt);
        var expiry = DateTimeOffset.FromUnixTimeSeconds(expires);
        return issued > now + AllowedClockSkew || expiry <= now || expiry <= issued || expiry - issued > TimeSpan.FromHours(1)
            ? "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim."
            : null;
    }

    private static bool SignatureVerifies(string[] parts, FakeTrustedKey key)
    {
        byte[] signature;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException)
        {
            return false;
        }

        using var rsa = RSA.Create(key.PublicKey);
        return rsa.VerifyData(
            Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static bool Seconds(JsonElement element, string name, out long seconds)
    {
        seconds = 0;
        return element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out seconds);
    }
}
