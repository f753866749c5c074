using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Members;

[Trait("Category", "Database")]
public sealed class MemberDevicesApiTests : IAsyncLifetime
{
    private const string FcmToken = "fcm-token_0123456789:abcdefghijklmnop";
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task<HttpResponseMessage> RegisterAsync(long memberId, string passToken, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/members/{memberId}/devices") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Pass", passToken);
        return await _service.Client.SendAsync(request);
    }

    private async Task<(long MemberId, string PassToken)> MemberAsync()
    {
        var (pass, code) = await Shoppers.JoinAsync(_service);
        using var till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        var memberId = (await till.CardAsync(code)).GetProperty("member").GetProperty("id").GetInt64();
        return (memberId, pass.AuthenticationToken);
    }

    [Fact]
    public async Task TheAppRegistersATokenWithTheMembersPassToken()
    {
        var (memberId, token) = await MemberAsync();

        using var first = await RegisterAsync(memberId, token, new { token = FcmToken, platform = "android" });
        using var again = await RegisterAsync(memberId, token, new { token = FcmToken, platform = "android" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task AnotherMembersPassTokenIsRefused()
    {
        var (memberId, _) = await MemberAsync();
        var (_, otherToken) = await MemberAsync();

        using var response = await RegisterAsync(memberId, otherToken, new { token = FcmToken });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("devices", """{"token":"fcm-token_0123456789:abcdefghijklmnop"}""")]
    [InlineData("location", """{"latitude":52.52,"longitude":13.40}""")]
    public async Task ACouponPassTokenDoesNotActForTheMember(string api, string json)
    {
        var (memberId, _) = await MemberAsync();
        using var marketer = await TillClient.WithNewKeyAsync(_service, "marketer");
        var (_, coupon) = await marketer.PostJsonAsync($"/api/v1/programs/demo/members/{memberId}/coupons", new { title = "€5 off" });
        using var couponPass = await _service.Client.GetAsync(coupon.GetProperty("applePassUrl").GetString());
        var couponToken = new PkPassFile(await couponPass.Content.ReadAsByteArrayAsync()).AuthenticationToken;

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/members/{memberId}/{api}")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Pass", couponToken);
        using var response = await _service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("has spaces in it which fcm tokens never have")]
    public async Task AMalformedFcmTokenGetsAValidationProblem(string fcmToken)
    {
        var (memberId, token) = await MemberAsync();

        using var response = await RegisterAsync(memberId, token, new { token = fcmToken });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
