namespace WalletLoyalty.Kpis;

/// <summary>Instants from Start (inclusive) to End (exclusive), in UTC ticks.</summary>
public readonly record struct KpiSpan(long Start, long End)
{
    public bool Contains(long ticks) => ticks >= Start && ticks < End;
}

/// <summary>The spans one set of figures counts in (<see cref="KpiWindows"/> gives their order).</summary>
public sealed record KpiWindows(KpiQuery Query, DateTimeOffset From, DateTimeOffset To, KpiSpan[] Spans)
{
    public const int Period = 0;
    public const int ActiveAtFrom = 1;
    public const int ActiveAtTo = 2;
    public const int Year = 3;
    public const int ActiveAtYearStart = 4;
    public const int History = 5;
    public const int Count = 6;

    public static KpiWindows For(KpiQuery query, TimeZoneInfo zone, int activeDays)
    {
        long At(DateOnly day) => LocalMidnight.Of(day, zone).UtcTicks;
        var yearStart = query.To.AddDays(-365);
        var spans = new KpiSpan[Count];
        spans[Period] = new(At(query.From), At(query.To));
        spans[ActiveAtFrom] = new(At(query.From.AddDays(-activeDays)), At(query.From));
        spans[ActiveAtTo] = new(At(query.To.AddDays(-activeDays)), At(query.To));
        spans[Year] = new(At(yearStart), At(query.To));
        spans[ActiveAtYearStart] = new(At(yearStart.AddDays(-activeDays)), At(yearStart));
        spans[History] = new(DateTimeOffset.MinValue.UtcTicks, At(query.To));
        return new(query, LocalMidnight.Of(query.From, zone), LocalMidnight.Of(query.To, zone), spans);
    }
}
