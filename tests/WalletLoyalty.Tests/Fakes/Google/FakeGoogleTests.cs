using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>The fakes refuse what Google refuses, so the client tests against them mean something.</summary>
public sealed class FakeGoogleTests : IAsyncLifetime
{
    private GoogleRig _google = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _google = await GoogleRig.StartAsync();
        _http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _google.DisposeAsync();
    }

    [Fact]
    public async Task The_wallet_API_refuses_a_request_without_a_token_it_issued()
    {
        using var noToken = await _http.GetAsync(new Uri(_google.WalletApi.BaseAddress, "loyaltyClass/" + GoogleRig.IssuerId + ".x"));
        using var madeUp = await SendAsync(HttpMethod.Get, new Uri(_google.WalletApi.BaseAddress, "loyaltyClass/" + GoogleRig.IssuerId + ".x"), "ya29.made-up", null);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (noToken.StatusCode, madeUp.StatusCode));
    }

    [Fact]
    public async Task The_wallet_API_refuses_a_token_issued_for_FCM()
    {
        var fcmToken = await _google.ServiceAccount.GetAccessTokenAsync(GoogleScopes.FirebaseMessaging, default);

        using var response = await SendAsync(
            HttpMethod.Get, new Uri(_google.WalletApi.BaseAddress, "loyaltyClass/" + GoogleRig.IssuerId + ".x"), fcmToken, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"id":"3388000000022297569.c","issuerName":"B","programName":"P","reviewStatus":"UNDER_REVIEW"}""", "programLogo is required")]
    [InlineData("""{"id":"3388000000022297569.c","issuerName":"B","programName":"P","programLogo":{"sourceUri":{"uri":"https://x/l.png"}},"reviewStatus":"APPROVED"}""", "reviewStatus")]
    [InlineData("""{"id":"3388000000022297569.c","issuerName":"B","programName":"P","programLogo":{"sourceUri":{"uri":"https://x/l.png"}},"reviewStatus":"UNDER_REVIEW","hexBackgroundColor":"brown"}""", "hexBackgroundColor")]
    public async Task The_wallet_API_refuses_a_class_Google_would_refuse(string json, string expected)
    {
        var token = await _google.ServiceAccount.GetAccessTokenAsync(GoogleScopes.WalletObjectIssuer, default);

        using var response = await SendAsync(HttpMethod.Post, new Uri(_google.WalletApi.BaseAddress, "loyaltyClass"), token, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"message":{"token":"abc:def","data":{"n":1}}}""", "TYPE_STRING")]
    [InlineData("""{"message":{"token":"abc:def","topic":"offers"}}""", "exactly one")]
    [InlineData("""{"message":{"data":{"a":"b"}}}""", "exactly one")]
    [InlineData("""{"message":{"token":"abc:def","data":{"google.x":"b"}}}""", "google.x")]
    [InlineData("""{"message":{"token":"abc:def","notifcation":{"title":"t"}}}""", "notifcation")]
    public async Task FCM_refuses_a_message_it_would_refuse(string json, string expected)
    {
        var token = await _google.ServiceAccount.GetAccessTokenAsync(GoogleScopes.FirebaseMessaging, default);

        using var response = await SendAsync(HttpMethod.Post, SendUri(), token, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Empty(_google.Fcm.AcceptedMessages);
    }

    [Fact]
    public async Task FCM_refuses_a_payload_over_4096_bytes()
    {
        var token = await _google.ServiceAccount.GetAccessTokenAsync(GoogleScopes.FirebaseMessaging, default);
        var body = new JsonObject
        {
            ["message"] = new JsonObject { ["token"] = "abc:def", ["data"] = new JsonObject { ["k"] = new string('x', 4096) } },
        };

        using var response = await SendAsync(HttpMethod.Post, SendUri(), token, body.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("too big", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("aud", "https://example.com/token", "audience")]
    [InlineData("iss", "someone-else@example.iam.gserviceaccount.com", "Signature")]
    [InlineData("scope", "https://www.googleapis.com/auth/unknown", "invalid_scope")]
    [InlineData("scope", "", "invalid_scope")]
    [InlineData("exp", "+7200", "short-lived")]
    [InlineData("exp", "-60", "short-lived")]
    [InlineData("iat", "+600", "short-lived")]
    public async Task The_token_endpoint_refuses_an_assertion_Google_would_refuse(string claim, string value, string expected)
    {
        var claims = ValidClaims();
        claims[claim] = value.StartsWith('+') || value.StartsWith('-')
            ? DateTimeOffset.UtcNow.ToUnixTimeSeconds() + long.Parse(value, CultureInfo.InvariantCulture)
            : value;

        using var response = await RequestTokenAsync(_google.Account.SignAssertion(claims));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, _google.TokenServer.TokensIssued);
    }

    [Fact]
    public async Task The_token_endpoint_grants_a_well_formed_assertion_for_the_scopes_it_names()
    {
        using var response = await RequestTokenAsync(_google.Account.SignAssertion(ValidClaims()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("Bearer", 3600), (answer["token_type"]!.GetValue<string>(), answer["expires_in"]!.GetValue<int>()));
        var grant = _google.TokenServer.FindGrant(answer["access_token"]!.GetValue<string>());
        Assert.Equal([GoogleScopes.WalletObjectIssuer], grant!.Scopes);
    }

    [Fact]
    public async Task The_token_endpoint_refuses_a_tampered_assertion()
    {
        var parts = _google.Account.SignAssertion(ValidClaims()).Split('.');
        var tampered = ValidClaims();
        tampered["scope"] = GoogleScopes.FirebaseMessaging;
        var forged = parts[0] + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(tampered.ToJsonString())) + "." + parts[2];

        using var response = await RequestTokenAsync(forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Invalid JWT Signature", await response.Content.ReadAsStringAsync());
    }

    private JsonObject ValidClaims()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new JsonObject
        {
            ["iss"] = _google.Account.ClientEmail,
            ["aud"] = "https://oauth2.googleapis.com/token",
            ["scope"] = GoogleScopes.WalletObjectIssuer,
            ["iat"] = now,
            ["exp"] = now + 3600,
        };
    }

    private Task<HttpResponseMessage> RequestTokenAsync(string assertion) =>
        _http.PostAsync(_google.TokenServer.TokenUri, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["assertion"] = assertion,
        }));

    private Uri SendUri() => new(_google.Fcm.BaseAddress, $"v1/projects/{_google.Fcm.ProjectId}/messages:send");

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, string? token, string? json)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await _http.SendAsync(request);
    }
}
