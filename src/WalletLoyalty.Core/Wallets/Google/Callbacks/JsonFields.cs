using System.Globalization;
using System.Text.Json;

namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>Reads the fields of Google's callback JSON without throwing on unexpected shapes.</summary>
internal static class JsonFields
{
    private const long MinUnixMilliseconds = -62_135_596_800_000;
    private const long MaxUnixMilliseconds = 253_402_300_799_999;

    public static string? String(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object
        && json.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>
    /// A time in Unix milliseconds. Google writes some as JSON numbers (<c>expTimeMillis</c>) and
    /// some as strings of digits (<c>keyExpiration</c>), so both are read.
    /// </summary>
    public static DateTimeOffset? UnixMilliseconds(JsonElement json, string name)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty(name, out var value))
        {
            return null;
        }

        long milliseconds = 0;
        var parsed = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out milliseconds),
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out milliseconds),
            _ => false,
        };
        return parsed && milliseconds is >= MinUnixMilliseconds and <= MaxUnixMilliseconds
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : null;
    }

    public static byte[]? Base64(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var bytes = new byte[text.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(text, bytes, out var written) ? bytes[..written] : null;
    }
}
