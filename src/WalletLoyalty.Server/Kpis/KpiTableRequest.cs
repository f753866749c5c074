using System.Globalization;
using WalletLoyalty.Kpis;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Server.Kpis;

/// <summary>The query strings of the dashboard's tables, checked as the KPIs' are (<see cref="KpiRequest"/>).</summary>
public static class KpiTableRequest
{
    public const int DefaultCohortMonths = 12;

    public static (KpiTrendQuery? Query, Dictionary<string, string[]> Errors) Trends(LoyaltyProgram program, string? from, string? to, string? interval,
        string? store, string? source, string? tier, DateTimeOffset now)
    {
        var (query, errors) = KpiRequest.Read(program, from, to, store, source, tier, now);
        KpiInterval? every = interval switch
        {
            null or "week" => KpiInterval.Week,
            "month" => KpiInterval.Month,
            _ => null,
        };
        if (every is null)
        {
            errors["interval"] = ["must be week or month"];
        }
        return query is null || every is null ? (null, errors) : (new KpiTrendQuery(query.From, query.To, every.Value, store, source, tier), errors);
    }

    /// <summary>Without dates: the 12 local calendar months up to and including this one; without from, the 12 months ending with to.</summary>
    public static (KpiTableQuery? Query, Dictionary<string, string[]> Errors) Cohorts(LoyaltyProgram program, string? from, string? to, string? source,
        string? tier, DateTimeOffset now)
    {
        var end = to is null
            ? KpiBuckets.StartOf(LocalMidnight.DayOf(now, program.TimeZone), KpiInterval.Month).AddMonths(1)
            : DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var given) && given.Year > 1970 ? given : (DateOnly?)null;
        if (end is { } last)
        {
            to = Text(last);
            from ??= Text(KpiBuckets.StartOf(last.AddDays(-1), KpiInterval.Month).AddMonths(1 - DefaultCohortMonths));
        }
        return Table(program, from, to, source, tier, now);
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Without dates: the 30 local days up to and including today, as the KPIs.</summary>
    public static (KpiTableQuery? Query, Dictionary<string, string[]> Errors) Table(LoyaltyProgram program, string? from, string? to, string? source,
        string? tier, DateTimeOffset now)
    {
        var (query, errors) = KpiRequest.Read(program, from, to, null, source, tier, now);
        return query is null ? (null, errors) : (new KpiTableQuery(query.From, query.To, source, tier), errors);
    }
}
