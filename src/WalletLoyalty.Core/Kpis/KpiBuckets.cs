namespace WalletLoyalty.Kpis;

public enum KpiInterval
{
    Week,
    Month,
}

/// <summary>
/// Whole local weeks (Monday to Monday) or calendar months covering a span of local dates, each beginning at its local
/// midnight (<see cref="LocalMidnight"/>), so a bucket across a clock change is an hour shorter or longer, never split.
/// </summary>
public sealed class KpiBuckets
{
    private readonly long[] _starts;

    private KpiBuckets(DateOnly[] days, long[] starts)
    {
        Days = days;
        _starts = starts;
    }

    /// <summary>The first day of every bucket, then the day after the last one.</summary>
    public IReadOnlyList<DateOnly> Days { get; }

    public int Count => Days.Count - 1;

    /// <summary>The instants the buckets cover: from the first one's midnight to the end of the last.</summary>
    public KpiSpan Span => new(_starts[0], _starts[^1]);

    /// <summary>The buckets from the one holding <paramref name="from"/> to the one holding the day before <paramref name="to"/>.</summary>
    public static KpiBuckets Covering(DateOnly from, DateOnly to, KpiInterval interval, TimeZoneInfo zone)
    {
        var days = new List<DateOnly> { StartOf(from, interval) };
        while (days[^1] < to)
        {
            days.Add(interval == KpiInterval.Week ? days[^1].AddDays(7) : days[^1].AddMonths(1));
        }
        if (days.Count == 1)
        {
            days.Add(interval == KpiInterval.Week ? days[0].AddDays(7) : days[0].AddMonths(1));
        }
        return new([.. days], [.. days.Select(d => LocalMidnight.Of(d, zone).UtcTicks)]);
    }

    public static DateOnly StartOf(DateOnly day, KpiInterval interval) =>
        interval == KpiInterval.Week ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7)) : new DateOnly(day.Year, day.Month, 1);

    /// <summary>The bucket an instant falls in, or -1 outside them all.</summary>
    public int IndexOf(long ticks)
    {
        if (ticks < _starts[0] || ticks >= _starts[^1])
        {
            return -1;
        }
        var found = Array.BinarySearch(_starts, ticks);
        return found >= 0 ? found : ~found - 1;
    }
}
