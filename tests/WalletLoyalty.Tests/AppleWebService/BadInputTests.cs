using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.AppleWebService;

[Trait("Category", "Database")]
public sealed class BadInputTests : IAsyncLifetime
{
    private ServiceHost _service = null!;
    private PkPassFile _pass = null!;
    private string RegistrationPath => $"/apple/v1/devices/device1/registrations/{SampleSettings.PassTypeIdentifier}/{_pass.SerialNumber}";

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync();
        _pass = await new AppleDevice(_service.Client).AddFromLandingPageAsync("/join/demo");
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task<HttpResponseMessage> PostRegistrationAsync(HttpContent content, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, RegistrationPath) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("ApplePass", token ?? _pass.AuthenticationToken);
        return await _service.Client.SendAsync(request);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Fact]
    public async Task MalformedJsonGetsA400Problem()
    {
        using var response = await PostRegistrationAsync(new StringContent("{\"pushToken\": ", Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.EndsWith("/bad-json", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizedBodyGetsA413Problem()
    {
        var huge = "{\"pushToken\":\"" + new string('a', 100_000) + "\"}";

        using var response = await PostRegistrationAsync(new StringContent(huge, Encoding.UTF8, "application/json"));

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task APushTokenThatIsNotHexGetsAValidationProblem()
    {
        using var response = await PostRegistrationAsync(JsonContent.Create(new { pushToken = "<script>" }));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("pushToken", out _));
    }

    [Fact]
    public async Task AMissingTokenGets401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/apple/v1/passes/{SampleSettings.PassTypeIdentifier}/{_pass.SerialNumber}");

        using var response = await _service.Client.SendAsync(request);

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/apple/v1/passes/pass.com.example.walletloyalty.demo/AAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/apple/v1/passes/pass.com.example.walletloyalty.demo/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/apple/v1/passes/pass.com.example.other/AAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/apple/v1/devices/..%2F..%2F/registrations/pass.com.example.walletloyalty.demo")]
    public async Task UnknownOrTrickyIdentifiersGet404NeverA500(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("ApplePass", _pass.AuthenticationToken);

        using var response = await _service.Client.SendAsync(request);

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ASinceTagThatIsNotOursGetsA400Problem()
    {
        using var response = await _service.Client.GetAsync($"/apple/v1/devices/device1/registrations/{SampleSettings.PassTypeIdentifier}?passesUpdatedSince=yesterday");

        await ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/join/nope", HttpStatusCode.NotFound)]
    [InlineData("/join/..%2F..%2Fetc", HttpStatusCode.NotFound)]
    [InlineData("/join/demo/apple?src=%3Cscript%3Ealert(1)%3C%2Fscript%3E", HttpStatusCode.BadRequest)]
    [InlineData("/join/demo?src=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", HttpStatusCode.BadRequest)]
    public async Task ShoppersWithABadLinkGetAFriendlyPage(string path, HttpStatusCode status)
    {
        using var response = await _service.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("scan the code on the flyer again", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHugeNameIsCutToFitThePass()
    {
        var pass = await new AppleDevice(_service.Client).AddFromLandingPageAsync("/join/demo", new string('x', 500));

        Assert.Equal(40, pass.Field("member").GetProperty("value").GetString()!.Length);
    }
}
