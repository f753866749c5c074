using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.CouponOffers;

/// <summary>The flyer's QR code encodes the offer's claim link; a pattern's QR code only for one of its codes.</summary>
[Trait("Category", "Database")]
public sealed class CouponOfferQrTests : IAsyncLifetime
{
    private FlyerRig _rig = null!;

    public async Task InitializeAsync() => _rig = await FlyerRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task ASharedCodesQrCodeIsAnSvgAndThePatternsAskForOneOfItsCodes()
    {
        var code = (await _rig.Service.QueryAsync<string>("SELECT code FROM coupon_offer_codes ORDER BY code")).First();
        var listed = (await _rig.OffersAsync())["cake10"];

        using var shared = await _rig.Marketer.GetAsync("/api/v1/programs/demo/coupon-offers/cake10/qr?src=flyer-dec");
        using var drawn = await _rig.Marketer.GetAsync($"/api/v1/programs/demo/coupon-offers/bake/qr?format=png&code={code}");
        using var guessed = await _rig.Marketer.GetAsync("/api/v1/programs/demo/coupon-offers/bake/qr?code=BAKE-XYZ");
        using var missing = await _rig.Marketer.GetAsync("/api/v1/programs/demo/coupon-offers/nope/qr");

        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        Assert.Equal("image/svg+xml", shared.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await shared.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, drawn.StatusCode);
        Assert.Equal("image/png", drawn.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(_rig.Service.BaseAddress.AbsoluteUri.TrimEnd('/') + "/join/demo/coupons?code=CAKE10", listed.GetProperty("claimUrl").GetString());
    }
}
