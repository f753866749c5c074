using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Join;

/// <summary>The Google Wallet link takes the same details and consent as the Apple one, and its card links to the consent page.</summary>
[Trait("Category", "Database")]
public sealed class GoogleJoinDetailsTests : IAsyncLifetime
{
    private GoogleServiceRig _google = null!;
    private ServiceHost _service = null!;

    public async Task InitializeAsync()
    {
        _google = await GoogleServiceRig.StartAsync();
        _service = await ServiceHost.StartAsync(_google.Configure);
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _google.DisposeAsync();
    }

    [Fact]
    public async Task AnAndroidShopperWhoConsentsIsStoredWithTheirDetailsAndTheirCardLinksToTheConsentPage()
    {
        var link = await Shoppers.WalletLinkAsync(_service.Client, "/join/demo", "google", "Ana", marketingConsent: true) + "&email=ana%40example.com&phone=0171-2345678";

        using var response = await _service.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var claims = SaveJwt.VerifiedClaims(response.Headers.Location!.ToString(), _google.Account.PublicKey);
        var objectId = claims.GetProperty("payload").GetProperty("loyaltyObjects")[0].GetProperty("id").GetString()!;
        var consentLink = _google.Wallet.Stored("loyaltyObject", objectId)!["linksModuleData"]!["uris"]![0]!;
        Assert.Equal("consent", consentLink["id"]!.GetValue<string>());
        Assert.Equal("Offers and messages", consentLink["description"]!.GetValue<string>());
        var serial = Assert.Single(await _service.QueryAsync<string>("SELECT serial_number FROM passes"));
        Assert.StartsWith($"{GoogleServiceRig.PublicBaseUrl}/members/consent/{serial}/", consentLink["uri"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(("ana@example.com", "0171-2345678", true), Assert.Single(await _service.QueryAsync<(string Email, string Phone, bool MarketingConsent)>(
            "SELECT email, phone, marketing_consent FROM members")));
        Assert.Equal((true, "join"), Assert.Single(await _service.QueryAsync<(bool Granted, string Channel)>("SELECT granted, channel FROM member_consents")));
    }

    [Fact]
    public async Task ABadPhoneNumberOnTheGoogleLinkShowsThePageAgainAndEnrolsNobody()
    {
        var link = await Shoppers.WalletLinkAsync(_service.Client, "/join/demo", "google", "Ana", marketingConsent: true) + "&phone=not-a-number";

        using var response = await _service.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p id=\"phone-error\" class=\"field-error\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _service.CountAsync("SELECT COUNT(*) FROM members"));
    }
}
