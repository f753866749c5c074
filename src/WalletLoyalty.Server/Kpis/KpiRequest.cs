using System.Globalization;
using WalletLoyalty.Kpis;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Kpis;

/// <summary>The query string of the KPIs, checked: every value that cannot be answered is named, each with what it must be.</summary>
public static class KpiRequest
{
    public const int DefaultDays = 30;
    public const int MaxDays = 3660;

    /// <summary>The query, or the problems of its values. Without dates: the 30 local days up to and including today.</summary>
    public static (KpiQuery? Query, Dictionary<string, string[]> Errors) Read(LoyaltyProgram program, string? from, string? to, string? store, string? source,
        string? tier, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var end = to is null ? LocalMidnight.DayOf(now, program.TimeZone).AddDays(1) : Date("to", to, errors);
        var start = from is null ? end?.AddDays(-DefaultDays) : Date("from", from, errors);
        if (start is { } f && end is { } t && (f >= t || t.DayNumber - f.DayNumber > MaxDays))
        {
            errors["from"] = [$"from must be before to (to is exclusive), at most {MaxDays} days before it"];
        }
        if (store is not null && program.Store(store) is null)
        {
            errors["store"] = [$"not a store of this program; stores: {string.Join(", ", program.Template.Stores.Select(s => s.Id))}"];
        }
        if (tier is not null && program.Template.Tiers.All(t => t.Name != tier))
        {
            errors["tier"] = [$"not a tier of this program; tiers: {string.Join(", ", program.Template.Tiers.Select(t => t.Name))}"];
        }
        if (source is not null && !RouteValues.IsSource(source))
        {
            errors["source"] = ["must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"];
        }
        return errors.Count > 0 || start is null || end is null ? (null, errors) : (new KpiQuery(start.Value, end.Value, store, source, tier), errors);
    }

    private static DateOnly? Date(string name, string value, Dictionary<string, string[]> errors)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1970 and <= 9000)
        {
            return date;
        }
        errors[name] = ["must be a local date as yyyy-MM-dd from 1970 to 9000, e.g. 2026-03-01"];
        return null;
    }
}
