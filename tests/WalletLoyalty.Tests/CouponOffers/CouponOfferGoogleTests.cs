using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.CouponOffers;

/// <summary>An Android shopper's flyer coupon: an offer object in Google Wallet, made inactive when the marketer voids the offer.</summary>
[Trait("Category", "Database")]
public sealed class CouponOfferGoogleTests : IAsyncLifetime
{
    private GoogleServiceRig _google = null!;
    private TemplateFolder _templates = null!;
    private ServiceHost _service = null!;

    public async Task InitializeAsync()
    {
        _google = await GoogleServiceRig.StartAsync();
        _templates = FlyerOffers.Around(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, FlyerRig.Berlin).DateTime));
        _service = await ServiceHost.StartAsync(settings =>
        {
            _google.Configure(settings);
            settings["Templates:Path"] = _templates.Templates;
        });
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _google.DisposeAsync();
        _templates.Dispose();
    }

    [Fact]
    public async Task TheGoogleButtonSavesTheOffersCouponAsAnOfferObjectThatVoidingMakesInactive()
    {
        using var saved = await new FlyerShopper(_service.Client).TapAsync("CAKE10", wallet: "google", name: "Ana");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var offerId = SaveJwt.VerifiedClaims(saved.Headers.Location!.ToString(), _google.Account.PublicKey)
            .GetProperty("payload").GetProperty("offerObjects")[0].GetProperty("id").GetString()!;
        var stored = _google.Wallet.Stored("offerObject", offerId)!;
        Assert.Equal("ACTIVE", stored["state"]!.GetValue<string>());
        Assert.StartsWith("C", stored["barcode"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);

        using var marketer = await TillClient.WithNewKeyAsync(_service, "marketer");
        var (voided, _) = await marketer.PostJsonAsync("/api/v1/programs/demo/coupon-offers/cake10/void", new { });

        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(
            _google.Wallet.Stored("offerObject", offerId)?["state"]?.GetValue<string>() == "INACTIVE"), "the offer object is inactive");
    }
}
