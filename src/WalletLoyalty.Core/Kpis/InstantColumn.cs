using System.Globalization;

namespace WalletLoyalty.Kpis;

/// <summary>Reads SQLite's fixed-width UTC text as UTC ticks without a general parser per row (PostgreSQL gives a DateTime).</summary>
public static class InstantColumn
{
    /// <summary>The instant SQLite's text names.</summary>
    public static long Ticks(ReadOnlySpan<char> text) =>
        TryFixedWidth(text, out var ticks)
            ? ticks
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal).UtcTicks;

    /// <summary>yyyy-MM-ddTHH:mm:ss.fffffffZ, as <see cref="Data.TimestampHandler"/> writes it.</summary>
    public static bool TryFixedWidth(ReadOnlySpan<char> text, out long ticks)
    {
        ticks = 0;
        if (text.Length != 28 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != '.' || text[27] != 'Z')
        {
            return false;
        }
        var span = text;
        if (!int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(span[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(span[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(span[11..13], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(span[14..16], NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            || !int.TryParse(span[17..19], NumberStyles.None, CultureInfo.InvariantCulture, out var second)
            || !long.TryParse(span[20..27], NumberStyles.None, CultureInfo.InvariantCulture, out var fraction)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks + fraction;
        return true;
    }
}
