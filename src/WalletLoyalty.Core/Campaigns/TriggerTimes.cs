using System.Globalization;

namespace WalletLoyalty.Campaigns;

/// <summary>Reads the times in a trigger: "2026-11-27T17:00" is local to the program; with an offset it is an instant.</summary>
public static class TriggerTimes
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    public static bool TryReadAt(string? text, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        instant = default;
        if (text is null)
        {
            return false;
        }
        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            instant = LocalTimes.ToInstant(local, zone);
            return true;
        }
        if (DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact))
        {
            instant = exact.ToUniversalTime();
            return true;
        }
        return false;
    }

    public static bool TryReadTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
