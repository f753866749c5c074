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

    /// <summary>Without dates: the 12 local calendar months up to and including this one.</summary>
    public static (KpiTableQuery? Query, Dictionary<string, string[]> Errors) Cohorts(LoyaltyProgram program, string? from, string? to, string? source,
        string? tier, DateTimeOffset now)
    {
        if (to is null)
        {
            var thisMonth = KpiBuckets.StartOf(LocalMidnight.DayOf(now, program.TimeZone), KpiInterval.Month);
            to = thisMonth.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            from ??= thisMonth.AddMonths(1 - DefaultCohortMonths).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return Table(program, from, to, source, tier, now);
    }

    /// <summary>Without dates: the 30 local days up to and including today, as the KPIs.</summary>
    public static (KpiTableQuery? Query, Dictionary<string, string[]> Errors) Table(LoyaltyProgram program, string? from, string? to, string? source,
        string? tier, DateTimeOffset now)
    {
        var (query, errors) = KpiRequest.Read(program, from, to, null, source, tier, now);
        return query is null ? (null, errors) : (new KpiTableQuery(query.From, query.To, source, tier), errors);
    }
}
