using WalletLoyalty.Tests.Support;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Wallets.Google;

/// <summary>The builders' JSON is what Google accepts, and they refuse what it would not show.</summary>
public sealed class ResourceBuilderTests : IAsyncLifetime
{
    private GoogleRig _google = null!;

    public async Task InitializeAsync() => _google = await GoogleRig.StartAsync();

    public async Task DisposeAsync() => await _google.DisposeAsync();

    [Fact]
    public async Task A_coupon_class_and_coupon_built_by_the_builders_are_accepted()
    {
        var classId = GoogleRig.Id("spring-offer");
        var offerClass = new OfferClassJson(classId, "Corner Bakery", "The Bakery", "20% off any rye loaf")
        {
            Details = "One per visit.",
        }.ToJson();
        var offer = new OfferObjectJson(GoogleRig.Id("coupon-42"), classId)
        {
            BarcodeValue = "CPN-42",
            ValidFrom = new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.FromHours(2)),
            ValidUntil = new DateTimeOffset(2025, 4, 30, 23, 59, 59, TimeSpan.FromHours(2)),
        }.ToJson();

        var classResult = await _google.WalletClient.InsertAsync(WalletResourceKind.OfferClass, offerClass, default);
        var offerResult = await _google.WalletClient.InsertAsync(WalletResourceKind.OfferObject, offer, default);

        Assert.Equal((GoogleWalletOutcome.Ok, GoogleWalletOutcome.Ok), (classResult.Outcome, offerResult.Outcome));
        var stored = _google.WalletApi.Stored("offerObject", GoogleRig.Id("coupon-42").ToString())!;
        Assert.Equal("2025-04-30T23:59:59+02:00", stored["validTimeInterval"]!["end"]!["date"]!.GetValue<string>());
        Assert.Equal("INSTORE", _google.WalletApi.Stored("offerClass", classId.ToString())!["redemptionChannel"]!.GetValue<string>());
    }

    [Fact]
    public void A_loyalty_card_has_the_shape_Google_documents()
    {
        var card = WalletSamples.LoyaltyObject("member-1");

        Assert.Equal(
            """{"id":"3388000000022297569.member-1","classId":"3388000000022297569.corner-bakery.card","state":"ACTIVE","accountId":"M-000123","accountName":"Ada Lovelace","loyaltyPoints":{"label":"Points","balance":{"int":120}},"barcode":{"type":"QR_CODE","value":"WL1-000123-7","alternateText":"000123"}}""",
            card.ToJsonString());
    }

    [Fact]
    public void A_loyalty_class_is_sent_for_review_with_its_logo()
    {
        var walletClass = WalletSamples.LoyaltyClass();

        Assert.Equal("UNDER_REVIEW", walletClass["reviewStatus"]!.GetValue<string>());
        Assert.Equal("https://loyalty.example.com/logo.png", walletClass["programLogo"]!["sourceUri"]!["uri"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("card with spaces")]
    [InlineData("café")]
    [InlineData("a/b")]
    [InlineData("")]
    public void An_id_suffix_with_characters_Google_refuses_is_refused(string suffix)
    {
        Assert.Throws<ArgumentException>(() => WalletId.Create(GoogleRig.IssuerId, suffix));
    }

    [Fact]
    public void Text_longer_than_Google_shows_is_refused_with_the_field_named()
    {
        var tooLongName = new LoyaltyObjectJson(GoogleRig.Id("m"), WalletSamples.LoyaltyClassId, "M-1", "Augusta Ada King-Noel Lovelace");
        var tooLongLabel = new LoyaltyObjectJson(GoogleRig.Id("m"), WalletSamples.LoyaltyClassId, "M-1", "Ada") { PointsBalance = 1, PointsLabel = "Bread points" };
        var tooLongProvider = new OfferClassJson(GoogleRig.Id("o"), "Corner Bakery", "The Corner Bakery Ltd", "Rye");

        Assert.Contains("accountName", Assert.Throws<ArgumentException>(() => tooLongName.ToJson()).Message);
        Assert.Contains("loyaltyPoints.label", Assert.Throws<ArgumentException>(() => tooLongLabel.ToJson()).Message);
        Assert.Contains("provider", Assert.Throws<ArgumentException>(() => tooLongProvider.ToJson()).Message);
    }
}
