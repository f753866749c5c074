using System.Text.Json.Nodes;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Wallets.Google;

internal static class WalletSamples
{
    public static readonly WalletId LoyaltyClassId = GoogleRig.Id("corner-bakery.card");

    public static JsonObject LoyaltyClass() =>
        new LoyaltyClassJson(LoyaltyClassId, "Corner Bakery", "Bread Club", new Uri("https://loyalty.example.com/logo.png"))
        {
            HexBackgroundColor = "#8a4b2a",
        }.ToJson();

    public static JsonObject LoyaltyObject(string suffix, int points = 120) =>
        new LoyaltyObjectJson(GoogleRig.Id(suffix), LoyaltyClassId, "M-000123", "Ada Lovelace")
        {
            PointsBalance = points,
            BarcodeValue = "WL1-000123-7",
            BarcodeText = "000123",
        }.ToJson();

    public static async Task<string> InsertLoyaltyObjectAsync(IGoogleWalletClient client, string suffix)
    {
        await client.InsertAsync(WalletResourceKind.LoyaltyClass, LoyaltyClass(), CancellationToken.None);
        var inserted = await client.InsertAsync(WalletResourceKind.LoyaltyObject, LoyaltyObject(suffix), CancellationToken.None);
        Assert.Equal(GoogleWalletOutcome.Ok, inserted.Outcome);
        return GoogleRig.Id(suffix).ToString();
    }
}
