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
}
