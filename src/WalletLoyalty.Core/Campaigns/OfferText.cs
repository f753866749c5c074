using System.Globalization;

namespace WalletLoyalty.Campaigns;

/// <summary>
/// The text of the store card's offer field. Wallet shows a lock-screen message only when a field's
/// value changes, so a repeated offer gets the date (or time) appended until it differs.
/// </summary>
public static class OfferText
{
    public static string Compose(string title, string body, string? couponLink)
    {
        var text = title.Length == 0 ? body : body.Length == 0 ? title : $"{title}: {body}";
        return couponLink is null ? text : $"{text}\n{couponLink}";
    }

    public static string DifferentFrom(string? previous, string text, DateTime localNow)
    {
        if (text != previous)
        {
            return text;
        }
        var dated = $"{text} ({localNow.ToString("d MMM", CultureInfo.InvariantCulture)})";
        return dated != previous ? dated : $"{text} ({localNow.ToString("d MMM HH:mm:ss", CultureInfo.InvariantCulture)})";
    }
}
