using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.CouponOffers;

/// <summary>The till takes a flyer coupon once per member, only at the offer's stores and days, and the offer counts it.</summary>
[Trait("Category", "Database")]
public sealed class CouponOfferTillTests : IAsyncLifetime
{
    private FlyerRig _rig = null!;

    public async Task InitializeAsync() => _rig = await FlyerRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private async Task<(PkPassFile Pass, string Code)> ClaimAsync(string offerCode = "CAKE10")
    {
        using var response = await _rig.NewShopper().TapAsync(offerCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pass = new PkPassFile(await response.Content.ReadAsByteArrayAsync());
        return (pass, pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!);
    }

    [Fact]
    public async Task TwoTillsRedeemingAtOnceTakeTheCouponOnceARetryGetsTheFirstAnswerAndTheOfferCountsIt()
    {
        var (pass, code) = await ClaimAsync();
        using var otherTill = await TillClient.WithNewKeyAsync(_rig.Service, "cashier", "maple-street");

        var both = await Task.WhenAll(
            _rig.Till.PostJsonAsync("/api/v1/till/redeem", new { code }, "redeem-1"),
            otherTill.PostJsonAsync("/api/v1/till/redeem", new { code }));
        var retried = await _rig.Till.PostJsonAsync("/api/v1/till/redeem", new { code }, "redeem-1");

        Assert.Single(both, r => r.Response.StatusCode == HttpStatusCode.OK);
        var refused = Assert.Single(both, r => r.Response.StatusCode == HttpStatusCode.Conflict);
        Assert.EndsWith("/already-redeemed", refused.Body.GetProperty("type").GetString(), StringComparison.Ordinal);
        var first = both[0];
        Assert.Equal(first.Response.StatusCode, retried.Response.StatusCode);
        Assert.Equal(first.Body.GetRawText(), retried.Body.GetRawText());
        Assert.Equal(1, await _rig.Service.CountAsync("SELECT COUNT(*) FROM coupon_offer_redemptions"));
        Assert.Equal(1, await _rig.Service.CountAsync("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'redeem'"));
        var listed = (await _rig.OffersAsync())["cake10"];
        Assert.Equal(1, listed.GetProperty("claimed").GetInt64());
        Assert.Equal(1, listed.GetProperty("redeemed").GetInt64());
        Assert.Equal(FlyerOffers.CakeFirstN - 1, listed.GetProperty("left").GetInt64());
        using var fetched = await new AppleDevice(_rig.Service.Client, passTypeIdentifier: pass.PassJson.GetProperty("passTypeIdentifier").GetString()).FetchPassAsync(pass);
        Assert.True(new PkPassFile(await fetched.Content.ReadAsByteArrayAsync()).PassJson.GetProperty("voided").GetBoolean());
    }

    [Fact]
    public async Task ATillOfAStoreNotOnTheOffersListRefusesTheCouponAndItStaysUsable()
    {
        var (_, code) = await ClaimAsync();

        var (refused, problem) = await _rig.StationTill.PostJsonAsync("/api/v1/till/redeem", new { code });
        var (taken, _) = await _rig.Till.PostJsonAsync("/api/v1/till/redeem", new { code });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.EndsWith("/coupon-not-valid-here", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Contains("Maple Street (flagship)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
    }

    [Fact]
    public async Task AnOfferWithoutAStoreListIsTakenAnywhereAndACouponIsNotTakenAfterTheOffersLastDay()
    {
        var (_, roll) = await ClaimAsync("BAKE-" + (await _rig.Service.QueryAsync<string>("SELECT code FROM coupon_offer_codes ORDER BY code")).First()[5..]);
        var (_, cake) = await ClaimAsync();

        var (anywhere, _) = await _rig.StationTill.PostJsonAsync("/api/v1/till/redeem", new { code = roll });
        _rig.Clock.Advance(TimeSpan.FromDays(12));
        var (late, problem) = await _rig.Till.PostJsonAsync("/api/v1/till/redeem", new { code = cake });

        Assert.Equal(HttpStatusCode.OK, anywhere.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.EndsWith("/expired", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
    }
}
