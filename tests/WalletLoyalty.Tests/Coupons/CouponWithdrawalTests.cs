using System.Net;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Coupons;

/// <summary>A marketer takes back a coupon: the phone is told, its pass turns void, and the till no longer takes it.</summary>
[Trait("Category", "Database")]
public sealed class CouponWithdrawalTests : IAsyncLifetime
{
    private PushRig _rig = null!;
    private ServiceHost _service = null!;
    private TillClient _till = null!;
    private TillClient _marketer = null!;

    public async Task InitializeAsync()
    {
        _rig = await PushRig.StartAsync();
        _service = await ServiceHost.StartAsync(_rig.Configure);
        _till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        _marketer = await TillClient.WithNewKeyAsync(_service, "marketer");
    }

    public async Task DisposeAsync()
    {
        _till.Dispose();
        _marketer.Dispose();
        await _service.DisposeAsync();
        await _rig.DisposeAsync();
    }

    private async Task<(long MemberId, JsonElement Coupon)> IssueAsync()
    {
        var (_, memberCode) = await Shoppers.JoinAsync(_service);
        var memberId = (await _till.CardAsync(memberCode)).GetProperty("member").GetProperty("id").GetInt64();
        var (issued, coupon) = await _marketer.PostJsonAsync($"/api/v1/programs/demo/members/{memberId}/coupons", new { title = "€5 off" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        return (memberId, coupon);
    }

    private Task<(HttpResponseMessage Response, JsonElement Body)> WithdrawAsync(long memberId, long couponId) =>
        _marketer.PostJsonAsync($"/api/v1/programs/demo/members/{memberId}/coupons/{couponId}/withdraw", new { });

    [Fact]
    public async Task AWithdrawnCouponsPassIsPushedVoidAndTheTillRefusesIt()
    {
        var (memberId, coupon) = await IssueAsync();
        var phone = new AppleDevice(_service.Client);
        var pass = await phone.AddFromJoinLinkAsync(coupon.GetProperty("applePassUrl").GetString()!);
        using (var registered = await phone.RegisterAsync(pass))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }
        await phone.UpdatedSerialsAsync();

        var (withdrawn, body) = await WithdrawAsync(memberId, coupon.GetProperty("id").GetInt64());

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("void", body.GetProperty("status").GetString());
        await Eventually.TrueAsync(() => Task.FromResult(_rig.Apns.Deliveries.Any(d => d.Token == phone.PushToken)), "the phone is told");
        Assert.Equal([pass.SerialNumber], await phone.UpdatedSerialsAsync());
        using var fetched = await phone.FetchPassAsync(pass);
        var latest = new PkPassFile(await fetched.Content.ReadAsByteArrayAsync());
        Assert.True(latest.PassJson.GetProperty("voided").GetBoolean());
        var (redeemed, problem) = await _till.PostJsonAsync("/api/v1/till/redeem", new { code = coupon.GetProperty("code").GetString() });
        Assert.Equal(HttpStatusCode.Conflict, redeemed.StatusCode);
        Assert.Contains("withdrawn", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawingTwiceAnswersTheSameAndARedeemedOrUnknownCouponIsRefused()
    {
        var (memberId, coupon) = await IssueAsync();
        var couponId = coupon.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await WithdrawAsync(memberId, couponId)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithdrawAsync(memberId, couponId)).Response.StatusCode);

        var (otherMember, used) = await IssueAsync();
        Assert.Equal(HttpStatusCode.OK, (await _till.PostJsonAsync("/api/v1/till/redeem", new { code = used.GetProperty("code").GetString() })).Response.StatusCode);
        var (refused, problem) = await WithdrawAsync(otherMember, used.GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("redeemed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await WithdrawAsync(memberId, used.GetProperty("id").GetInt64())).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await WithdrawAsync(memberId, 999_999)).Response.StatusCode);
    }
}
