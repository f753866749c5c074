using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Join;

/// <summary>Only a tap on the landing page's button enrols: a bare wallet link costs no member, no signature and no Google call.</summary>
[Trait("Category", "Database")]
public sealed class WalletLinkTokenTests : IAsyncLifetime
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

    [Theory]
    [InlineData("/join/demo/apple?src=flyer-a&lang=de&name=Alex", "/join/demo?src=flyer-a&lang=de")]
    [InlineData("/join/demo/google?src=flyer-a&name=Alex", "/join/demo?src=flyer-a")]
    [InlineData("/join/demo/apple", "/join/demo")]
    [InlineData("/join/demo/apple?token=CfDJ8forged", "/join/demo")]
    public async Task AWalletLinkWithoutTheLandingPagesTokenEnrolsNobodyAndLeadsToThePage(string link, string landingPage)
    {
        using var response = await _service.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(landingPage, response.Headers.Location?.OriginalString);
        Assert.Equal(0, await _service.CountAsync("SELECT COUNT(*) FROM members"));
        Assert.DoesNotContain(_google.Wallet.Requests, r => r.Path.Contains("loyaltyObject", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATokenFromAnotherFlyersPageDoesNotEnrolUnderThisFlyer()
    {
        var link = await Shoppers.WalletLinkAsync(_service.Client, "/join/demo?src=flyer-a");

        using var response = await _service.Client.GetAsync(link.Replace("src=flyer-a", "src=flyer-b", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/join/demo?src=flyer-b&lang=en", response.Headers.Location?.OriginalString);
        Assert.Equal(0, await _service.CountAsync("SELECT COUNT(*) FROM members"));
    }

    [Fact]
    public async Task AnOldBookmarkedLinkLeadsToTheButtonAndOneTapAddsTheCard()
    {
        using var bookmarked = await _service.Client.GetAsync("/join/demo/apple?src=flyer-a");

        var pass = await new AppleDevice(_service.Client).AddFromLandingPageAsync(bookmarked.Headers.Location!.OriginalString, "Alex");

        Assert.Equal("Alex", pass.Field("member").GetProperty("value").GetString());
        Assert.Equal(["flyer-a"], await _service.QueryAsync<string>("SELECT source FROM members"));
    }

    [Fact]
    public async Task ASecondTapOnTheGoogleButtonSavesTheSameCard()
    {
        var link = await Shoppers.WalletLinkAsync(_service.Client, "/join/demo?src=flyer-a", "google");
        using var first = await _service.Client.GetAsync(link);
        using var again = new HttpRequestMessage(HttpMethod.Get, link);
        again.Headers.Add("Cookie", first.Headers.GetValues("Set-Cookie").Single().Split(';')[0]);
        using var second = await _service.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await _service.CountAsync("SELECT COUNT(*) FROM members"));
        Assert.Equal(SavedObject(first), SavedObject(second));
    }

    private string SavedObject(HttpResponseMessage response) =>
        SaveJwt.VerifiedClaims(response.Headers.Location!.ToString(), _google.Account.PublicKey)
            .GetProperty("payload").GetProperty("loyaltyObjects")[0].GetProperty("id").GetString()!;
}
