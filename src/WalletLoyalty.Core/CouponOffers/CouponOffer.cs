using System.Globalization;
using WalletLoyalty.Kpis;

namespace WalletLoyalty.CouponOffers;

/// <summary>
/// One entry of mechanics.couponOffers: a coupon anyone may claim with a code from a flyer, either one shared
/// code (each member once) or codes drawn to a pattern such as BAKE-#### (each code by one member).
/// </summary>
public sealed class CouponOffer
{
    /// <summary>The offer's name in links and the API; lower-case letters, digits and '-'.</summary>
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>What the coupon is worth, in minor units of the program's currency; informational, as on a member's coupon.</summary>
    public long? ValueMinor { get; set; }

    /// <summary>The shared code printed on the flyer; null when the offer has a <see cref="Pattern"/>.</summary>
    public string? Code { get; set; }

    /// <summary>Codes drawn once to this pattern, '#' a digit; with <see cref="Count"/> of them.</summary>
    public string? Pattern { get; set; }
    public int? Count { get; set; }

    /// <summary>Only the first this many claims get a coupon; null: no limit.</summary>
    public long? FirstN { get; set; }

    /// <summary>First and last day (yyyy-MM-dd, the program's time zone) on which the code can be claimed and the coupon used.</summary>
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }

    /// <summary>The stores whose tills take the coupon; empty: every store of the program.</summary>
    public List<string> Stores { get; set; } = [];

    public bool HasPattern => Pattern is not null;

    /// <summary>The instant claims open, or null when there is no first day.</summary>
    public DateTimeOffset? StartsAt(TimeZoneInfo zone) => Day(ValidFrom) is { } day ? LocalMidnight.Of(day, zone) : null;

    /// <summary>The instant after the last day, when the coupons expire; null when there is no last day.</summary>
    public DateTimeOffset? EndsAt(TimeZoneInfo zone) => Day(ValidTo) is { } day ? LocalMidnight.Of(day.AddDays(1), zone) : null;

    public bool TakesStore(string storeId) => Stores.Count == 0 || Stores.Contains(storeId, StringComparer.Ordinal);

    /// <summary>Reads a yyyy-MM-dd day of the template; null for none or one that does not read.</summary>
    public static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>A code as the shopper may type it: case and surrounding spaces do not matter.</summary>
    public static string Normalize(string code) => code.Trim().ToUpperInvariant();
}
