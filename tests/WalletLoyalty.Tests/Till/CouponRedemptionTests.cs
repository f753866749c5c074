using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Till;

[Trait("Category", "Database")]
public sealed class CouponRedemptionTests : IAsyncLifetime
{
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task ACouponRedeemedFromTwoTillsAtOnceSucceedsExactlyOnceAndItsPassIsVoided()
    {
        var (_, memberCode) = await Shoppers.JoinAsync(_service);
        using var till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        using var otherTill = await TillClient.WithNewKeyAsync(_service, "cashier", "station");
        using var marketer = await TillClient.WithNewKeyAsync(_service, "marketer");
        var memberId = (await till.CardAsync(memberCode)).GetProperty("member").GetProperty("id").GetInt64();
        var (issued, coupon) = await marketer.PostJsonAsync($"/api/v1/programs/demo/members/{memberId}/coupons",
            new { title = "€5 off", description = "On any cake", valueMinor = 500, expiresAt = DateTimeOffset.UtcNow.AddDays(30) });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var couponCode = coupon.GetProperty("code").GetString()!;
        using var passResponse = await _service.Client.GetAsync(coupon.GetProperty("applePassUrl").GetString());
        var couponPass = new PkPassFile(await passResponse.Content.ReadAsByteArrayAsync());
        Assert.Equal(couponCode, couponPass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString());
        Assert.Single((await till.CardAsync(memberCode)).GetProperty("coupons").EnumerateArray());

        var results = await Task.WhenAll(
            till.PostJsonAsync("/api/v1/till/redeem", new { code = couponCode }),
            otherTill.PostJsonAsync("/api/v1/till/redeem", new { code = couponCode }));

        Assert.Single(results, r => r.Response.StatusCode == HttpStatusCode.OK);
        var refused = Assert.Single(results, r => r.Response.StatusCode == HttpStatusCode.Conflict);
        Assert.EndsWith("/already-redeemed", refused.Body.GetProperty("type").GetString(), StringComparison.Ordinal);
        using var refreshed = await new AppleDevice(_service.Client).FetchPassAsync(couponPass);
        Assert.True(new PkPassFile(await refreshed.Content.ReadAsByteArrayAsync()).PassJson.GetProperty("voided").GetBoolean());
        Assert.Equal("redeemed", (await till.CardAsync(couponCode)).GetProperty("coupon").GetProperty("status").GetString());
    }

    private async Task<(string MemberCode, IReadOnlyList<string> CouponCodes)> MemberWithCouponsAsync(TillClient till, int count)
    {
        var (_, memberCode) = await Shoppers.JoinAsync(_service);
        using var marketer = await TillClient.WithNewKeyAsync(_service, "marketer");
        var memberId = (await till.CardAsync(memberCode)).GetProperty("member").GetProperty("id").GetInt64();
        var codes = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var (_, coupon) = await marketer.PostJsonAsync($"/api/v1/programs/demo/members/{memberId}/coupons", new { title = $"Coupon {i}" });
            codes.Add(coupon.GetProperty("code").GetString()!);
        }
        return (memberCode, codes);
    }

    [Fact]
    public async Task TheTillShowsAMembersCouponsByIdAndLastFourCharactersNeverTheirCodes()
    {
        using var till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        var (memberCode, codes) = await MemberWithCouponsAsync(till, 2);

        using var cardResponse = await till.GetAsync("/api/v1/till/cards/" + memberCode);
        using var scannedResponse = await till.GetAsync("/api/v1/till/cards/" + codes[0]);
        var card = await cardResponse.Content.ReadAsStringAsync();
        var scanned = await scannedResponse.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, cardResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scannedResponse.StatusCode);
        Assert.All(codes, code => Assert.DoesNotContain(code, card, StringComparison.Ordinal));
        Assert.DoesNotContain(codes[1], scanned, StringComparison.Ordinal);
        var listed = JsonDocument.Parse(card).RootElement.GetProperty("coupons").EnumerateArray().ToList();
        Assert.Equal(codes.Select(c => c[^4..]).Order(StringComparer.Ordinal), listed.Select(c => c.GetProperty("codeEnding").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(listed, c => Assert.True(c.GetProperty("id").GetInt64() > 0));
    }

    [Fact]
    public async Task ACouponOnTheMembersCardIsRedeemedByItsIdWithTheCard()
    {
        using var till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        var (memberCode, codes) = await MemberWithCouponsAsync(till, 1);
        var couponId = (await till.CardAsync(memberCode)).GetProperty("coupons")[0].GetProperty("id").GetInt64();

        using var response = await till.PostAsync("/api/v1/till/redeem", new { code = memberCode, couponId });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("coupon", JsonDocument.Parse(body).RootElement.GetProperty("kind").GetString());
        Assert.DoesNotContain(codes[0], body, StringComparison.Ordinal);
        Assert.Equal("redeemed", (await till.CardAsync(codes[0])).GetProperty("coupon").GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnotherMembersCouponIsNotRedeemedWithThisCard()
    {
        using var till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        var (memberCode, _) = await MemberWithCouponsAsync(till, 0);
        var (otherCode, otherCoupons) = await MemberWithCouponsAsync(till, 1);
        var couponId = (await till.CardAsync(otherCode)).GetProperty("coupons")[0].GetProperty("id").GetInt64();

        var (response, problem) = await till.PostJsonAsync("/api/v1/till/redeem", new { code = memberCode, couponId });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.EndsWith("/not-found", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal("active", (await till.CardAsync(otherCoupons[0])).GetProperty("coupon").GetProperty("status").GetString());
    }
}
