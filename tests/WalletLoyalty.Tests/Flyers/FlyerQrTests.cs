using System.Net;
using WalletLoyalty.Server.Flyers;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Flyers;

[Trait("Category", "Database")]
public sealed class FlyerQrTests : IAsyncLifetime
{
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync(s =>
    {
        s["PublicBaseUrl"] = "https://loyalty.example.com";
        CampaignTemplates.Use(s, secondProgram: true);
    });

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var marketer = await TillClient.WithNewKeyAsync(_service, "marketer");
        return await marketer.GetAsync(path);
    }

    [Fact]
    public async Task WithoutAMarketerKeyTheCodeIsRefused()
    {
        using var anonymous = await _service.Client.GetAsync("/api/v1/programs/demo/flyer-qr?src=spring-flyer");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task AMarketerOfAnotherProgramGetsNoCodeForThisOne()
    {
        using var marketer = await TillClient.WithNewKeyAsync(_service, "marketer", programId: "other");

        using var refused = await marketer.GetAsync("/api/v1/programs/demo/flyer-qr?src=spring-flyer");
        using var own = await marketer.GetAsync("/api/v1/programs/other/flyer-qr?src=spring-flyer");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task TheSvgEncodesTheAbsoluteJoinUrlWithTheFlyerSource()
    {
        using var response = await GetAsync("/api/v1/programs/demo/flyer-qr?src=spring-flyer&format=svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var expected = FlyerQrCode.Svg("https://loyalty.example.com/join/demo?src=spring-flyer", 10);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        Assert.NotEqual(FlyerQrCode.Svg("https://loyalty.example.com/join/demo?src=other", 10), expected);
    }

    [Fact]
    public async Task ThePngIsAPngOfTheSameUrl()
    {
        using var response = await GetAsync("/api/v1/programs/demo/flyer-qr?src=spring-flyer&format=png");

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(FlyerQrCode.Png("https://loyalty.example.com/join/demo?src=spring-flyer", 10), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/v1/programs/demo/flyer-qr?format=gif", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/programs/demo/flyer-qr?src=a%20b", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/programs/demo/flyer-qr?size=1000", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/programs/nope/flyer-qr", HttpStatusCode.NotFound)]
    public async Task BadRequestsGetProblems(string path, HttpStatusCode status)
    {
        using var response = await GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
