using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.CouponOffers;

/// <summary>A shopper claims a flyer coupon from its page: enrolled if new, once per member, only the first N, only on its days.</summary>
[Trait("Category", "Database")]
public sealed class CouponOfferClaimTests : IAsyncLifetime
{
    private FlyerRig _rig = null!;

    public async Task InitializeAsync() => _rig = await FlyerRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private ServiceHost Service => _rig.Service;

    private static async Task<PkPassFile> CouponPassAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.apple.pkpass", response.Content.Headers.ContentType?.MediaType);
        return new PkPassFile(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ANewShopperScanningTheFlyerIsEnrolledAndGetsTheCouponPassAndTappingAgainGetsTheSameCoupon()
    {
        var shopper = _rig.NewShopper();
        var (status, page) = await shopper.OpenAsync("/join/demo/coupons?code=CAKE10");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("10% off any cake", page, StringComparison.Ordinal);
        Assert.Contains("Only at: Maple Street (flagship)", page, StringComparison.Ordinal);
        Assert.Contains("id=\"new-member\"", page, StringComparison.Ordinal);

        using var tapped = await shopper.TapAsync("CAKE10", name: "Mia");

        var pass = await CouponPassAsync(tapped);
        Assert.True(shopper.HasCookie);
        Assert.True(pass.PassJson.TryGetProperty("coupon", out _));
        Assert.Equal("10% off any cake", pass.Field("title").GetProperty("value").GetString());
        var couponCode = pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!;
        Assert.StartsWith("C", couponCode, StringComparison.Ordinal);
        Assert.Equal(["Mia"], await Service.QueryAsync<string>("SELECT display_name FROM members"));
        var card = await _rig.Till.CardAsync(couponCode);
        Assert.Equal("active", card.GetProperty("coupon").GetProperty("status").GetString());

        var (_, again) = await shopper.OpenAsync("/join/demo/coupons?code=cake10");
        Assert.DoesNotContain("id=\"new-member\"", again, StringComparison.Ordinal);
        using var second = await shopper.TapAsync("cake10");

        Assert.Equal(pass.SerialNumber, (await CouponPassAsync(second)).SerialNumber);
        Assert.Equal(1, await Service.CountAsync("SELECT COUNT(*) FROM members"));
        Assert.Equal(1, await Service.CountAsync("SELECT COUNT(*) FROM coupons WHERE offer_id IS NOT NULL"));
        Assert.Equal(1, (await _rig.OffersAsync())["cake10"].GetProperty("claimed").GetInt64());
    }

    [Fact]
    public async Task ATypedCodeIsReadInAnyCaseAndAnUnknownCodeIsSaidSoWithTheFieldToTryAgain()
    {
        var shopper = _rig.NewShopper();
        var (entry, form) = await shopper.OpenAsync("/join/demo/coupons");
        var (typed, offer) = await shopper.OpenAsync("/join/demo/coupons?code=%20bake-" + await FreeCodeEndingAsync());
        var (unknown, refused) = await shopper.OpenAsync("/join/demo/coupons?code=NOPE-123");
        var (_, german) = await shopper.OpenAsync("/join/demo/coupons?code=CAKE10&lang=de");

        Assert.Equal(HttpStatusCode.OK, entry);
        Assert.Contains("name=\"code\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, typed);
        Assert.Contains("A free roll", offer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Contains("We do not know this code.", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"NOPE-123\"", refused, StringComparison.Ordinal);
        Assert.Contains("10 % Rabatt auf jeden Kuchen", german, StringComparison.Ordinal);
        Assert.Contains("Nur in:", german, StringComparison.Ordinal);
    }

    private async Task<string> FreeCodeEndingAsync() =>
        (await Service.QueryAsync<string>("SELECT code FROM coupon_offer_codes WHERE member_id IS NULL ORDER BY code")).First()["BAKE-".Length..];

    [Fact]
    public async Task OfManyShoppersClaimingAtOnceOnlyTheFirstNGetACouponAndTheOthersAreToldItIsGone()
    {
        var shoppers = Enumerable.Range(0, 10).Select(_ => _rig.NewShopper()).ToList();

        var answers = await Task.WhenAll(shoppers.Select(async s =>
        {
            using var response = await s.TapAsync("CAKE10");
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.Equal(FlyerOffers.CakeFirstN, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a =>
        {
            Assert.Equal(HttpStatusCode.Conflict, a.StatusCode);
            Assert.Contains("every coupon of this offer has been claimed", a.Body, StringComparison.Ordinal);
        });
        Assert.Equal(FlyerOffers.CakeFirstN, await Service.CountAsync("SELECT COUNT(*) FROM coupons WHERE offer_id IS NOT NULL"));
        Assert.Equal(FlyerOffers.CakeFirstN, await Service.CountAsync("SELECT claimed_count FROM coupon_offers WHERE offer_key = 'cake10'"));
        var listed = (await _rig.OffersAsync())["cake10"];
        Assert.Equal(FlyerOffers.CakeFirstN, listed.GetProperty("claimed").GetInt64());
        Assert.Equal(0, listed.GetProperty("left").GetInt64());
    }

    [Fact]
    public async Task AMemberTappingTwiceAtOnceGetsOneCoupon()
    {
        var shopper = _rig.NewShopper();
        using (var joined = await shopper.TapAsync("BAKE-" + await FreeCodeEndingAsync()))
        {
            Assert.Equal(HttpStatusCode.OK, joined.StatusCode); // a member now, named by the cookie, without CAKE10 yet
        }

        var both = await Task.WhenAll(shopper.TapAsync("CAKE10"), shopper.TapAsync("CAKE10"));

        var passes = await Task.WhenAll(both.Select(CouponPassAsync));
        Assert.Single(passes.Select(p => p.SerialNumber).Distinct());
        Assert.Equal(1, await Service.CountAsync("SELECT COUNT(*) FROM members"));
        Assert.Equal(1, await Service.CountAsync("SELECT COUNT(*) FROM coupons c JOIN coupon_offers o ON o.id = c.offer_id WHERE o.offer_key = 'cake10'"));
        Assert.Equal(1, await Service.CountAsync("SELECT claimed_count FROM coupon_offers WHERE offer_key = 'cake10'"));
        foreach (var response in both)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task APatternsCodeIsClaimedByOneMemberAndAMemberClaimsThePatternOnce()
    {
        var codes = await Service.QueryAsync<string>("SELECT code FROM coupon_offer_codes ORDER BY code");
        Assert.Equal(20, codes.Count);
        Assert.All(codes, c => Assert.Matches("^BAKE-[0-9]{3}$", c));
        var ana = _rig.NewShopper();
        var ben = _rig.NewShopper();

        var anaPass = await CouponPassAsync(await ana.TapAsync(codes[0]));
        using var benRefused = await ben.TapAsync(codes[0]);
        var anaAgain = await CouponPassAsync(await ana.TapAsync(codes[1]));
        var benPass = await CouponPassAsync(await ben.TapAsync(codes[2]));

        Assert.Equal(HttpStatusCode.Conflict, benRefused.StatusCode);
        Assert.Contains("already been used by someone else", await benRefused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(anaPass.SerialNumber, anaAgain.SerialNumber);
        Assert.NotEqual(anaPass.SerialNumber, benPass.SerialNumber);
        Assert.Equal([codes[0], codes[2]], await Service.QueryAsync<string>("SELECT code FROM coupon_offer_codes WHERE member_id IS NOT NULL ORDER BY code"));
        Assert.Equal(18, (await _rig.OffersAsync())["bake"].GetProperty("left").GetInt64());
        using var list = await _rig.Marketer.GetAsync("/api/v1/programs/demo/coupon-offers/bake/codes");
        var listed = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(list.Content);
        Assert.Equal(2, listed.GetProperty("codes").EnumerateArray().Count(c => c.GetProperty("claimed").GetBoolean()));
        Assert.EndsWith("/join/demo/coupons?code=" + codes[0], listed.GetProperty("codes")[0].GetProperty("claimUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOfferIsClaimedOnlyFromItsFirstToItsLastDayInTheProgramsTimeZone()
    {
        using var early = await _rig.NewShopper().TapAsync("SPRING");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("has not started yet", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Half past midnight in Berlin on the day after CAKE10's last day: it has ended, though it is still the day before in UTC.
        var local = TimeZoneInfo.ConvertTime(_rig.Clock.GetUtcNow(), FlyerRig.Berlin).Date.AddDays(11).AddMinutes(30);
        _rig.Clock.SetUtcNow(new DateTimeOffset(local, FlyerRig.Berlin.GetUtcOffset(local)).ToUniversalTime());
        using var late = await _rig.NewShopper().TapAsync("CAKE10");

        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Contains("This offer has ended.", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await Service.CountAsync("SELECT COUNT(*) FROM coupons"));
    }
}
