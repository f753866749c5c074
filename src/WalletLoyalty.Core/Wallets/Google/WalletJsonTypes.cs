using System.Globalization;
using System.Text.Json.Nodes;

namespace WalletLoyalty.Wallets.Google;

/// <summary>The shared Google Wallet types the resource builders use (protocols.md §4.7).</summary>
internal static class WalletJsonTypes
{
    public static JsonObject Image(Uri uri)
    {
        if (!uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"Google fetches images itself, so '{uri}' must be a public https address.", nameof(uri));
        }

        return new JsonObject { ["sourceUri"] = new JsonObject { ["uri"] = uri.AbsoluteUri } };
    }

    public static JsonObject QrBarcode(string value, string? alternateText)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var barcode = new JsonObject { ["type"] = "QR_CODE", ["value"] = value };
        if (!string.IsNullOrEmpty(alternateText))
        {
            barcode["alternateText"] = alternateText;
        }

        return barcode;
    }

    public static JsonObject TimeInterval(DateTimeOffset? start, DateTimeOffset? end)
    {
        var interval = new JsonObject();
        if (start is { } from)
        {
            interval["start"] = DateTime(from);
        }

        if (end is { } until)
        {
            interval["end"] = DateTime(until);
        }

        return interval;
    }

    public static string State(WalletObjectState state) => state.ToString().ToUpperInvariant();

    public static string Color(string hex) =>
        hex.Length is 4 or 7 && hex[0] == '#' && hex[1..].All(char.IsAsciiHexDigit)
            ? hex
            : throw new ArgumentException($"Colours are '#rrggbb' or '#rgb', not '{hex}'.", nameof(hex));

    public static string Limited(string value, int maxLength, string field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, field);
        return value.Length <= maxLength
            ? value
            : throw new ArgumentException($"Google Wallet shows at most {maxLength} characters of {field}; '{value}' has {value.Length}.", field);
    }

    // With an offset the instant is absolute; Google reads a date without one as the holder's local time.
    private static JsonObject DateTime(DateTimeOffset instant) => new()
    {
        ["date"] = instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
    };
}
