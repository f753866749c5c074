using System.Globalization;
using System.Text.RegularExpressions;

namespace WalletLoyalty.Imports;

/// <summary>How a file writes booleans, dates, instants and numbers; each reader gives null for a value it cannot read.</summary>
public static partial class ImportFields
{
    /// <summary>Only <c>true</c> and <c>false</c>: a yes, 1 or ja from another system is refused rather than guessed.</summary>
    public static bool? Boolean(string value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    /// <summary>A calendar date, yyyy-MM-dd.</summary>
    public static string? Date(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    /// <summary>ISO 8601 with an offset (Z or ±hh:mm): a time without one would be read in some guessed time zone.</summary>
    public static DateTimeOffset? Instant(string value) =>
        InstantPattern().IsMatch(value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant)
            ? instant.ToUniversalTime()
            : null;

    public static long? Whole(string value, long max) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= max ? number : null;

    /// <summary>Free text made safe to store and print: no control characters, trimmed.</summary>
    public static string? Text(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var cleaned = value.Any(char.IsControl) ? new string(value.Where(c => !char.IsControl(c)).ToArray()) : value;
        cleaned = cleaned.Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})\z")]
    private static partial Regex InstantPattern();
}
