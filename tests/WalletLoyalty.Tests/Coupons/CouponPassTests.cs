using System.Net;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Coupons;

/// <summary>A coupon's pass shows what the coupon is now: once used or withdrawn it is served void, wherever it is fetched.</summary>
[Trait("Category", "Database")]
public sealed class CouponPassTests : IAsyncLifetime
{
    private ServiceHost _service = null!;
    private TillClient _till = null!;
    private TillClient _marketer = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync();
        _till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        _marketer = await TillClient.WithNewKeyAsync(_service, "marketer");
    }

    public async Task DisposeAsync()
    {
        _till.Dispose();
        _marketer.Dispose();
        await _service.DisposeAsync();
    }

    private async Task<(string Code, string Link, PkPassFile Pass)> IssueAsync()
    {
        var (_, memberCode) = await Shoppers.JoinAsync(_service);
        var memberId = (await _till.CardAsync(memberCode)).GetProperty("member").GetProperty("id").GetInt64();
        var (issued, coupon) = await _marketer.PostJsonAsync($"/api/v1/programs/demo/members/{memberId}/coupons", new { title = "€5 off" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var link = coupon.GetProperty("applePassUrl").GetString()!;
        var pass = await DownloadAsync(link);
        Assert.False(pass.PassJson.TryGetProperty("voided", out _));
        return (coupon.GetProperty("code").GetString()!, link, pass);
    }

    private async Task<PkPassFile> DownloadAsync(string link)
    {
        using var response = await _service.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new PkPassFile(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<PkPassFile> FetchAsync(PkPassFile pass)
    {
        using var response = await new AppleDevice(_service.Client).FetchPassAsync(pass);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new PkPassFile(await response.Content.ReadAsByteArrayAsync());
    }

    private static bool IsVoided(PkPassFile pass) => pass.PassJson.TryGetProperty("voided", out var voided) && voided.GetBoolean();

    [Fact]
    public async Task ARedeemedCouponIsServedVoidByItsLinkAndByTheWebService()
    {
        var (code, link, pass) = await IssueAsync();

        var (redeemed, _) = await _till.PostJsonAsync("/api/v1/till/redeem", new { code });

        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        Assert.True(IsVoided(await DownloadAsync(link)));
        Assert.True(IsVoided(await FetchAsync(pass)));
    }

    [Fact]
    public async Task AWithdrawnCouponIsServedVoidByItsLinkAndByTheWebService()
    {
        var (code, link, pass) = await IssueAsync();
        await using (var connection = await _service.Database().OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE coupons SET status = 'void' WHERE code = @code", new { code });
        }

        Assert.True(IsVoided(await DownloadAsync(link)));
        Assert.True(IsVoided(await FetchAsync(pass)));
    }
}
