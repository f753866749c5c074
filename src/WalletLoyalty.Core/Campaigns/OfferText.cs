using System.Globalization;

namespace WalletLoyalty.Campaigns;

/// <summary>
/// The text of the store card's offer field. Wallet shows a lock-screen message only when a field's
/// value changes, so an offer that repeats the previous one word for word gets the date appended.
/// </summary>
public static class OfferText
{
    public static string Compose(string title, string body, string? couponLink)
    {
        var text = title.Length == 0 ? body : body.Length == 0 ? title : $"{title}: {body}";
        return couponLink is null ? text : $"{text}\n{couponLink}";
    }

    public static string DifferentFrom(string? previous, string text, DateTime localNow) =>
        text != previous ? text : $"{text} ({localNow.ToString("d MMM", CultureInfo.InvariantCulture)})";
}
