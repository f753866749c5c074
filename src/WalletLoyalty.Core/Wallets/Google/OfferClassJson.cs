using System.Text.Json.Nodes;

namespace WalletLoyalty.Wallets.Google;

/// <summary>A coupon campaign's Google Wallet class, redeemed in store.</summary>
public sealed record OfferClassJson(WalletId Id, string IssuerName, string Provider, string Title)
{
    public string? Details { get; init; }

    public string? HexBackgroundColor { get; init; }

    /// <summary>Where Google sends save and delete callbacks for objects of this class.</summary>
    public Uri? CallbackUrl { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id.ToString(),
            ["issuerName"] = WalletJsonTypes.Limited(IssuerName, 20, "issuerName"),
            ["provider"] = WalletJsonTypes.Limited(Provider, 12, "provider"),
            ["title"] = WalletJsonTypes.Limited(Title, 60, "title"),
            ["redemptionChannel"] = "INSTORE",
            ["reviewStatus"] = "UNDER_REVIEW",
        };
        if (Details is not null)
        {
            json["details"] = Details;
        }

        if (HexBackgroundColor is not null)
        {
            json["hexBackgroundColor"] = WalletJsonTypes.Color(HexBackgroundColor);
        }

        if (CallbackUrl is not null)
        {
            json["callbackOptions"] = new JsonObject { ["url"] = CallbackUrl.ToString() };
        }

        return json;
    }
}
