using System.Globalization;
using System.Text.Json;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Campaigns;

/// <summary>The FCM payloads a campaign sends the brand's app (title and body shown; data for the app, strings only).</summary>
public static class AppMessages
{
    /// <summary>The campaign's message, shown as a notification.</summary>
    public static string Notification(long campaignId, string title, string body, string? couponCode, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var data = new Dictionary<string, string> { ["campaignId"] = Text(campaignId) };
        if (couponCode is not null)
        {
            data["couponCode"] = couponCode;
        }
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value;
        }
        return JsonSerializer.Serialize(new { title, body, data });
    }

    /// <summary>
    /// A location window opening: data only, nothing shown. The app watches the stores (nearest to the
    /// member's home store) until the window ends and reports a location when it enters one; the
    /// notification comes from the nearby push then.
    /// </summary>
    public static string WindowOpened(long campaignId, LocationWindow window, IReadOnlyList<StoreTemplate> stores)
    {
        var data = new Dictionary<string, string>
        {
            ["campaignId"] = Text(campaignId),
            ["kind"] = "location",
            ["until"] = window.Until.ToString("O", CultureInfo.InvariantCulture),
            ["radiusMeters"] = Text(window.MaxDistance),
            ["stores"] = JsonSerializer.Serialize(stores.Select(s => new { id = s.Id, name = s.Name, latitude = s.Latitude, longitude = s.Longitude })),
        };
        return JsonSerializer.Serialize(new { data });
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
