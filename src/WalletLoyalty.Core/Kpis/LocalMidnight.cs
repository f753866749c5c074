namespace WalletLoyalty.Kpis;

/// <summary>The instant a local date begins in a time zone, whatever daylight saving time does that night.</summary>
public static class LocalMidnight
{
    public static DateTimeOffset Of(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A zone that springs forward at midnight has no 00:00 that night: the day begins when the clocks resume.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        // A zone that falls back over midnight has two: the day begins at the first.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The local date an instant falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
