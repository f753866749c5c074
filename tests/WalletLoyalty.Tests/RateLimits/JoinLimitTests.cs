using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.RateLimits;

/// <summary>
/// One client address enrols at most RateLimits:Joins:PermitLimit members per window; here 3 per hour, so
/// the test never meets the end of a window.
/// </summary>
[Trait("Category", "Database")]
public sealed class JoinLimitTests : IAsyncLifetime
{
    private const string ShopWifi = "203.0.113.7";
    private GoogleServiceRig _google = null!;
    private ServiceHost _service = null!;

    public async Task InitializeAsync()
    {
        _google = await GoogleServiceRig.StartAsync();
        _service = await ServiceHost.StartAsync(settings =>
        {
            _google.Configure(settings);
            settings["RateLimits:Joins:PermitLimit"] = "3";
            settings["RateLimits:Joins:Window"] = "01:00:00";
        });
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _google.DisposeAsync();
    }

    [Fact]
    public async Task AnAddressOverTheLimitGetsTheFriendlyPageInItsLanguageWithRetryAfter()
    {
        for (var shopper = 0; shopper < 3; shopper++)
        {
            using var joined = await TapAsync("apple", ShopWifi);
            Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        }

        using var refused = await TapAsync("apple", ShopWifi, "de-DE");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter > TimeSpan.Zero && retryAfter <= TimeSpan.FromHours(1), $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"de\">", html);
        Assert.Contains("<h1>Gerade sehr viele neue Karten</h1>", html);
        Assert.Equal(3, await _service.CountAsync("SELECT COUNT(*) FROM members"));
    }

    [Fact]
    public async Task GoogleJoinsCountAgainstTheSameLimitAndARefusedOneCallsNoGoogle()
    {
        for (var shopper = 0; shopper < 3; shopper++)
        {
            using var joined = await TapAsync(shopper == 0 ? "apple" : "google", ShopWifi);
            Assert.True(joined.IsSuccessStatusCode || joined.StatusCode == HttpStatusCode.Redirect, $"join {shopper}: {joined.StatusCode}");
        }
        var objectCalls = GoogleObjectCalls();

        using var refused = await TapAsync("google", ShopWifi);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("<h1>So many new cards just now</h1>", await refused.Content.ReadAsStringAsync());
        Assert.Equal(objectCalls, GoogleObjectCalls());
        Assert.Equal(3, await _service.CountAsync("SELECT COUNT(*) FROM members"));
    }

    [Fact]
    public async Task AnotherAddressAPhoneThatHasItsCardAndALinkWithoutTokenAreNotRefused()
    {
        var link = await Shoppers.WalletLinkAsync(_service.Client, "/join/demo");
        using var first = await SendAsync(link, ShopWifi);
        var cookie = first.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        for (var shopper = 0; shopper < 2; shopper++)
        {
            (await TapAsync("apple", ShopWifi)).Dispose();
        }

        using var sameCardAgain = await SendAsync(link, ShopWifi, cookie: cookie);
        using var bookmark = await SendAsync("/join/demo/apple", ShopWifi);
        using var otherAddress = await TapAsync("apple", "198.51.100.20");
        using var stillRefused = await TapAsync("apple", ShopWifi);

        Assert.Equal(HttpStatusCode.OK, sameCardAgain.StatusCode);
        Assert.Equal(new PkPassFile(await first.Content.ReadAsByteArrayAsync()).SerialNumber,
            new PkPassFile(await sameCardAgain.Content.ReadAsByteArrayAsync()).SerialNumber);
        Assert.Equal(HttpStatusCode.Redirect, bookmark.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.StatusCode);
    }

    private int GoogleObjectCalls() => _google.Wallet.Requests.Count(r => r.Path.Contains("loyaltyObject", StringComparison.Ordinal));

    /// <summary>A new shopper behind the address opens the landing page and taps the button.</summary>
    private async Task<HttpResponseMessage> TapAsync(string wallet, string address, string? acceptLanguage = null) =>
        await SendAsync(await Shoppers.WalletLinkAsync(_service.Client, "/join/demo?src=flyer-a", wallet, acceptLanguage: acceptLanguage), address, acceptLanguage);

    private async Task<HttpResponseMessage> SendAsync(string path, string address, string? acceptLanguage = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        // The service's own loopback proxy is trusted by default, so it takes the shopper's address from here.
        request.Headers.Add("X-Forwarded-For", address);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        return await _service.Client.SendAsync(request);
    }
}
