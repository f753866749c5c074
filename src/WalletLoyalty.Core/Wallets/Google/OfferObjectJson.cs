using System.Text.Json.Nodes;

namespace WalletLoyalty.Wallets.Google;

/// <summary>One member's coupon in Google Wallet; Google expires it after <see cref="ValidUntil"/>.</summary>
public sealed record OfferObjectJson(WalletId Id, WalletId ClassId)
{
    public WalletObjectState State { get; init; } = WalletObjectState.Active;

    public string? BarcodeValue { get; init; }

    public string? BarcodeText { get; init; }

    public DateTimeOffset? ValidFrom { get; init; }

    public DateTimeOffset? ValidUntil { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id.ToString(),
            ["classId"] = ClassId.ToString(),
            ["state"] = WalletJsonTypes.State(State),
        };
        if (BarcodeValue is not null)
        {
            json["barcode"] = WalletJsonTypes.QrBarcode(BarcodeValue, BarcodeText);
        }

        if (ValidFrom is not null || ValidUntil is not null)
        {
            json["validTimeInterval"] = WalletJsonTypes.TimeInterval(ValidFrom, ValidUntil);
        }

        return json;
    }
}
