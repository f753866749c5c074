using System.Text.Json.Nodes;

namespace WalletLoyalty.Wallets.Google;

/// <summary>One member's loyalty card in Google Wallet.</summary>
public sealed record LoyaltyObjectJson(WalletId Id, WalletId ClassId, string AccountId, string AccountName)
{
    public WalletObjectState State { get; init; } = WalletObjectState.Active;

    /// <summary>The points balance shown on the card; null shows none.</summary>
    public int? PointsBalance { get; init; }

    public string PointsLabel { get; init; } = "Points";

    /// <summary>The points label in the program's languages; null sends <see cref="PointsLabel"/> alone.</summary>
    public LocalizedText? LocalizedPointsLabel { get; init; }

    /// <summary>What the QR code encodes; Google falls back to <see cref="AccountId"/> when unset.</summary>
    public string? BarcodeValue { get; init; }

    /// <summary>The text under the QR code, for a cashier to type in.</summary>
    public string? BarcodeText { get; init; }

    public string? HexBackgroundColor { get; init; }

    /// <summary>The card's texts (its tier first: objects have no tier field of their own), in the program's languages.</summary>
    public IReadOnlyList<WalletTextModule> TextModules { get; init; } = [];

    /// <summary>The card's links (LinksModuleData): the member's consent page.</summary>
    public IReadOnlyList<WalletLink> Links { get; init; } = [];

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id.ToString(),
            ["classId"] = ClassId.ToString(),
            ["state"] = WalletJsonTypes.State(State),
            ["accountId"] = WalletJsonTypes.Limited(AccountId, 20, "accountId"),
            ["accountName"] = WalletJsonTypes.Limited(AccountName, 20, "accountName"),
        };
        if (PointsBalance is { } balance)
        {
            json["loyaltyPoints"] = new JsonObject
            {
                ["label"] = WalletJsonTypes.Limited(PointsLabel, 9, "loyaltyPoints.label"),
                ["balance"] = new JsonObject { ["int"] = balance },
            };
            if (LocalizedPointsLabel is not null)
            {
                json["loyaltyPoints"]!["localizedLabel"] = LocalizedPointsLabel.ToJson();
            }
        }

        if (BarcodeValue is not null)
        {
            json["barcode"] = WalletJsonTypes.QrBarcode(BarcodeValue, BarcodeText);
        }

        if (HexBackgroundColor is not null)
        {
            json["hexBackgroundColor"] = WalletJsonTypes.Color(HexBackgroundColor);
        }

        if (TextModules.Count > 0)
        {
            json["textModulesData"] = new JsonArray([.. TextModules.Select(m => (JsonNode)m.ToJson())]);
        }

        if (Links.Count > 0)
        {
            json["linksModuleData"] = new JsonObject { ["uris"] = new JsonArray([.. Links.Select(l => (JsonNode)l.ToJson())]) };
        }

        return json;
    }
}
