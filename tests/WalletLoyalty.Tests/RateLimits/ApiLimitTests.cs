using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.RateLimits;

/// <summary>
/// The Apple web service, the till's lookups and Google's callbacks each refuse a partition over its limit with
/// 429, Retry-After and a problem+json body. Every limit here is 3 per hour, so no window ends during a test.
/// </summary>
[Trait("Category", "Database")]
public sealed class ApiLimitTests : IAsyncLifetime
{
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync(settings =>
    {
        foreach (var policy in new[] { "AppleRegistrations", "AppleLog", "TillLookups", "GoogleCallbacks" })
        {
            settings[$"RateLimits:{policy}:PermitLimit"] = "3";
            settings[$"RateLimits:{policy}:Window"] = "01:00:00";
        }
    });

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task RegistrationsAreCountedPerPass()
    {
        var pass = await new AppleDevice(_service.Client).AddFromLandingPageAsync("/join/demo");
        var other = await new AppleDevice(_service.Client).AddFromLandingPageAsync("/join/demo");
        var phone = new AppleDevice(_service.Client);
        (await phone.RegisterAsync(pass)).Dispose();
        (await phone.UnregisterAsync(pass)).Dispose();
        (await phone.RegisterAsync(pass)).Dispose();

        using var refused = await new AppleDevice(_service.Client).RegisterAsync(pass);
        using var otherPass = await phone.RegisterAsync(other);

        await AssertRefusedAsync(refused);
        Assert.Equal(HttpStatusCode.Created, otherPass.StatusCode);
    }

    [Fact]
    public async Task DeviceLogsAreCountedPerClientAddress()
    {
        for (var post = 0; post < 3; post++)
        {
            using var accepted = await PostLogAsync("203.0.113.7");
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var refused = await PostLogAsync("203.0.113.7");
        using var otherAddress = await PostLogAsync("203.0.113.8");

        await AssertRefusedAsync(refused);
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
        Assert.Equal(4, await _service.CountAsync("SELECT COUNT(*) FROM apple_log_entries"));
    }

    [Fact]
    public async Task TillLookupsAreCountedPerKeySoGuessingMemberNumbersStops()
    {
        using var guesser = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        using var colleague = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        for (var guess = 0; guess < 3; guess++)
        {
            using var miss = await guesser.GetAsync($"/api/v1/till/cards/00000000{guess}");
            Assert.Equal(HttpStatusCode.NotFound, miss.StatusCode);
        }

        using var refused = await guesser.GetAsync("/api/v1/till/cards/000000009");
        using var otherKey = await colleague.GetAsync("/api/v1/till/cards/000000009");

        await AssertRefusedAsync(refused);
        Assert.Equal(HttpStatusCode.NotFound, otherKey.StatusCode);
    }

    [Fact]
    public async Task GoogleCallbacksAreCountedPerClientAddress()
    {
        for (var callback = 0; callback < 3; callback++)
        {
            // Google Wallet is off here, so the handler answers 404; the limit counts the requests all the same.
            using var answered = await PostCallbackAsync("192.0.2.1");
            Assert.Equal(HttpStatusCode.NotFound, answered.StatusCode);
        }

        using var refused = await PostCallbackAsync("192.0.2.1");
        using var otherAddress = await PostCallbackAsync("192.0.2.2");

        await AssertRefusedAsync(refused);
        Assert.Equal(HttpStatusCode.NotFound, otherAddress.StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter > TimeSpan.Zero && retryAfter <= TimeSpan.FromHours(1), $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://walletloyalty.dev/problems/too-many-requests", problem.GetProperty("type").GetString());
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains($"{(long)retryAfter!.Value.TotalSeconds} seconds", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PostLogAsync(string address) =>
        SendFromAsync(address, "/apple/v1/log", new StringContent("""{"logs":["Web service error: unchanged"]}""", System.Text.Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> PostCallbackAsync(string address) =>
        SendFromAsync(address, "/google/callbacks", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

    private async Task<HttpResponseMessage> SendFromAsync(string address, string path, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("X-Forwarded-For", address);
        return await _service.Client.SendAsync(request);
    }
}
