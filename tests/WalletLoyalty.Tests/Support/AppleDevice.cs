using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace WalletLoyalty.Tests.Support;

/// <summary>Plays an iPhone's Wallet against the service's web service, the way protocols.md §2 describes it.</summary>
public sealed class AppleDevice(HttpClient client, string? deviceLibraryIdentifier = null, string? pushToken = null, string? passTypeIdentifier = null)
{
    public string DeviceLibraryIdentifier { get; } = deviceLibraryIdentifier ?? Guid.NewGuid().ToString("N");
    public string PushToken { get; } = pushToken ?? Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
    public string? LastUpdated { get; private set; }

    /// <summary>The pass type this device last saw on a pass; the sample one until then.</summary>
    public string PassTypeIdentifier { get; private set; } = passTypeIdentifier ?? SampleSettings.PassTypeIdentifier;

    /// <summary>Opens the landing page, types the name (if any), ticks the consent box if asked and taps the Apple Wallet button, as a shopper does.</summary>
    public async Task<PkPassFile> AddFromLandingPageAsync(string landingPath, string? name = null, bool marketingConsent = false) =>
        await AddFromJoinLinkAsync(await Shoppers.WalletLinkAsync(client, landingPath, "apple", name, marketingConsent: marketingConsent));

    /// <summary>Follows a wallet link taken from the landing page (it carries the page's token).</summary>
    public async Task<PkPassFile> AddFromJoinLinkAsync(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.apple.pkpass", response.Content.Headers.ContentType?.MediaType);
        var pass = new PkPassFile(await response.Content.ReadAsByteArrayAsync());
        PassTypeIdentifier = pass.PassJson.GetProperty("passTypeIdentifier").GetString()!;
        return pass;
    }

    public Task<HttpResponseMessage> RegisterAsync(PkPassFile pass, string? token = null) =>
        SendAsync(HttpMethod.Post, $"/apple/v1/devices/{DeviceLibraryIdentifier}/registrations/{PassTypeIdentifier}/{pass.SerialNumber}",
            token ?? pass.AuthenticationToken, JsonContent.Create(new { pushToken = PushToken }));

    public Task<HttpResponseMessage> UnregisterAsync(PkPassFile pass) =>
        SendAsync(HttpMethod.Delete, $"/apple/v1/devices/{DeviceLibraryIdentifier}/registrations/{PassTypeIdentifier}/{pass.SerialNumber}", pass.AuthenticationToken);

    /// <summary>Asks which passes changed since the tag it stored, and stores the new tag like a device does.</summary>
    public async Task<IReadOnlyList<string>> UpdatedSerialsAsync()
    {
        var query = LastUpdated is null ? "" : "?passesUpdatedSince=" + LastUpdated;
        using var response = await client.GetAsync($"/apple/v1/devices/{DeviceLibraryIdentifier}/registrations/{PassTypeIdentifier}{query}");
        if (response.StatusCode == System.Net.HttpStatusCode.NoContent)
        {
            return [];
        }
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        LastUpdated = body.GetProperty("lastUpdated").GetString();
        return body.GetProperty("serialNumbers").EnumerateArray().Select(s => s.GetString()!).ToList();
    }

    public async Task<HttpResponseMessage> FetchPassAsync(PkPassFile pass, DateTimeOffset? ifModifiedSince = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/apple/v1/passes/{PassTypeIdentifier}/{pass.SerialNumber}");
        request.Headers.Authorization = new AuthenticationHeaderValue("ApplePass", pass.AuthenticationToken);
        request.Headers.IfModifiedSince = ifModifiedSince;
        return await client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("ApplePass", token);
        return await client.SendAsync(request);
    }
}
