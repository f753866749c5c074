using System.Text.Json.Nodes;
using WalletLoyalty.Passes;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Wallets.Google;

/// <summary>Google Wallet shows a card in the phone's language from the LocalizedStrings the builders send.</summary>
public sealed class LocalizedResourceTests : IAsyncLifetime
{
    private GoogleRig _google = null!;

    public async Task InitializeAsync() => _google = await GoogleRig.StartAsync();

    public async Task DisposeAsync() => await _google.DisposeAsync();

    [Fact]
    public async Task TheDemoCardCarriesItsTextsInEveryShopperLanguageAndGoogleAcceptsIt()
    {
        var program = SamplePasses.Demo();
        var pass = new PassView { ProgramId = "demo", SerialNumber = "serial-1", MemberCode = "WL1-000001-1", MemberNumber = "000001", DisplayName = "Ada", PointsBalance = 40, Tier = "Silver" };
        var loyaltyClass = GooglePassContent.LoyaltyClass(GoogleRig.IssuerId, program, "https://loyalty.example.com").ToJson();
        var card = GooglePassContent.LoyaltyObject(GoogleRig.IssuerId, program, pass).ToJson();

        var classResult = await _google.WalletClient.InsertAsync(WalletResourceKind.LoyaltyClass, loyaltyClass, default);
        var cardResult = await _google.WalletClient.InsertAsync(WalletResourceKind.LoyaltyObject, card, default);

        Assert.Equal((GoogleWalletOutcome.Ok, GoogleWalletOutcome.Ok), (classResult.Outcome, cardResult.Outcome));
        var tier = card["textModulesData"]![0]!;
        Assert.Equal("Silver", tier["body"]!.GetValue<string>());
        Assert.Equal("Srebrny", Translation(tier["localizedBody"], "pl"));
        Assert.Equal("銀卡", Translation(tier["localizedBody"], "zh-Hant"));
        Assert.Equal("ระดับ", Translation(tier["localizedHeader"], "th"));
        Assert.Equal("PUNKTE", Translation(card["loyaltyPoints"]!["localizedLabel"], "de"));
        var modules = card["textModulesData"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(["tier", "nextTier", "toNextTier", "perks", "how", "shop"], modules); // no offer nor tier notice yet: an empty module is left out
        Assert.Equal("您的面包店会员卡，就在手机钱包里", program.Template.Translations.Text("Your bakery card, in your phone's wallet", "zh-Hans"));
    }

    [Theory]
    [InlineData("""{"defaultValue":{"language":"en","value":""}}""", "must not be empty")]
    [InlineData("""{"defaultValue":{"language":"english","value":"Points"}}""", "BCP 47")]
    [InlineData("""{"translatedValues":[{"language":"pl","value":"Punkty"}]}""", "defaultValue is required")]
    [InlineData("""{"defaultValue":{"language":"en","value":"A"},"translatedValues":[{"language":"en","value":"B"}]}""", "twice")]
    [InlineData("\"Points\"", "must be a LocalizedString")]
    public async Task TheFakeRefusesALocalizedStringGoogleWouldRefuse(string localized, string expected)
    {
        var program = SamplePasses.Demo();
        var loyaltyClass = GooglePassContent.LoyaltyClass(GoogleRig.IssuerId, program, "https://loyalty.example.com").ToJson();
        loyaltyClass["localizedProgramName"] = JsonNode.Parse(localized);

        var result = await _google.WalletClient.InsertAsync(WalletResourceKind.LoyaltyClass, loyaltyClass, default);

        Assert.Equal((GoogleWalletOutcome.Failed, 400), (result.Outcome, result.StatusCode));
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
    }

    private static string? Translation(JsonNode? localized, string language) =>
        localized!["translatedValues"]!.AsArray().FirstOrDefault(v => v!["language"]!.GetValue<string>() == language)?["value"]?.GetValue<string>();
}
