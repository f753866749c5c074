using System.Text.Json.Nodes;

namespace WalletLoyalty.Wallets.Google;

internal static class WalletMessageJson
{
    public static JsonObject From(WalletMessage message) => new()
    {
        ["header"] = message.Header,
        ["body"] = message.Body,
        ["id"] = message.Id,
        ["messageType"] = message.Type == WalletMessageType.TextAndNotify ? "TEXT_AND_NOTIFY" : "TEXT",
    };
}
