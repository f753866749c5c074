using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Data;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Wallets.Google;

[Trait("Category", "Database")]
public sealed class GoogleWalletFlowTests : IAsyncLifetime
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

    private async Task<(string ObjectId, string MemberCode)> JoinAsync(string source = "flyer-g")
    {
        using var response = await _service.Client.GetAsync(await Shoppers.WalletLinkAsync(_service.Client, "/join/demo?src=" + source, "google", "Ana"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var claims = SaveJwt.VerifiedClaims(response.Headers.Location!.ToString(), _google.Account.PublicKey);
        var objectId = claims.GetProperty("payload").GetProperty("loyaltyObjects")[0].GetProperty("id").GetString()!;
        var stored = _google.Wallet.Stored("loyaltyObject", objectId)!;
        return (objectId, stored["barcode"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAndroidShopperIsSentToGoogleWithAShortSignedSaveLinkForTheInsertedObject()
    {
        using var response = await _service.Client.GetAsync(await Shoppers.WalletLinkAsync(_service.Client, "/join/demo?src=flyer-g", "google", "Ana"));

        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("https://pay.google.com/gp/v/save/", location, StringComparison.Ordinal);
        Assert.True(location.Length < 1800, $"the save link is {location.Length} characters");
        var claims = SaveJwt.VerifiedClaims(location, _google.Account.PublicKey);
        Assert.Equal(_google.Account.ClientEmail, claims.GetProperty("iss").GetString());
        Assert.Equal("google", claims.GetProperty("aud").GetString());
        Assert.Equal("savetowallet", claims.GetProperty("typ").GetString());
        var reference = claims.GetProperty("payload").GetProperty("loyaltyObjects")[0];
        Assert.Equal($"{GoogleServiceRig.IssuerId}.demo", reference.GetProperty("classId").GetString());
        Assert.Equal(["id", "classId"], reference.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).Reverse());
        var stored = _google.Wallet.Stored("loyaltyObject", reference.GetProperty("id").GetString()!)!;
        Assert.Equal("Ana", stored["accountName"]!.GetValue<string>());
        Assert.Equal(0, stored["loyaltyPoints"]!["balance"]!["int"]!.GetValue<int>());
        Assert.StartsWith("M", stored["barcode"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        // The class was sent as UNDER_REVIEW (the fake refuses anything else on insert) and approved, as Google does.
        Assert.Equal("APPROVED", _google.Wallet.Stored("loyaltyClass", $"{GoogleServiceRig.IssuerId}.demo")!["reviewStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task ATillEarnPatchesTheGoogleObjectWithTheNewBalanceAndTier()
    {
        var (objectId, code) = await JoinAsync();
        using var till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");

        await till.EarnAsync(code, 60000, "R-google");

        await Eventually.TrueAsync(() => Task.FromResult(
            _google.Wallet.Stored("loyaltyObject", objectId)?["loyaltyPoints"]?["balance"]?["int"]?.GetValue<int>() == 600), "the object shows 600 points");
        var tier = _google.Wallet.Stored("loyaltyObject", objectId)!["textModulesData"]![0]!["body"]!.GetValue<string>();
        Assert.Equal("Silver", tier);
    }

    [Fact]
    public async Task ARedeemedCouponsOfferObjectBecomesInactive()
    {
        var (_, code) = await JoinAsync();
        using var till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        using var marketer = await TillClient.WithNewKeyAsync(_service, "marketer");
        var memberId = (await till.CardAsync(code)).GetProperty("member").GetProperty("id").GetInt64();
        var (_, coupon) = await marketer.PostJsonAsync($"/api/v1/programs/demo/members/{memberId}/coupons", new { title = "Free croissant", description = "Any day" });
        using var saved = await _service.Client.GetAsync(coupon.GetProperty("googlePassUrl").GetString());
        var offerId = SaveJwt.VerifiedClaims(saved.Headers.Location!.ToString(), _google.Account.PublicKey)
            .GetProperty("payload").GetProperty("offerObjects")[0].GetProperty("id").GetString()!;
        Assert.Equal("ACTIVE", _google.Wallet.Stored("offerObject", offerId)!["state"]!.GetValue<string>());

        await till.PostJsonAsync("/api/v1/till/redeem", new { code = coupon.GetProperty("code").GetString() });

        await Eventually.TrueAsync(() => Task.FromResult(
            _google.Wallet.Stored("offerObject", offerId)?["state"]?.GetValue<string>() == "INACTIVE"), "the offer object is inactive");
    }

    [Fact]
    public async Task MessagesNotifyOnlyWithinGooglesDailyQuota()
    {
        var (objectId, code) = await JoinAsync();
        using var till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        using var marketer = await TillClient.WithNewKeyAsync(_service, "marketer");
        var memberId = (await till.CardAsync(code)).GetProperty("member").GetProperty("id").GetInt64();

        for (var i = 0; i < 5; i++)
        {
            var (sent, _) = await marketer.PostJsonAsync($"/api/v1/programs/demo/members/{memberId}/messages", new { title = $"Offer {i}", body = "Fresh bread at 7" });
            Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        }

        await Eventually.TrueAsync(() => Task.FromResult(
            _google.Wallet.Stored("loyaltyObject", objectId)?["messages"]?.AsArray().Count == 5), "all five messages are on the pass");
        Assert.Equal(3, _google.Wallet.NotificationsInLastDay("loyaltyObject", objectId));
        await _service.WaitUntilOutboxDrainedAsync();
        await using var connection = await _service.Services.GetRequiredService<IDatabase>().OpenAsync();
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE channel = 'google-message' AND status = 'sent' AND last_error LIKE 'quota%'"));
    }

    [Fact]
    public async Task AnAppDeviceGetsFcmMessagesUntilFcmSaysItIsGone()
    {
        var (pass, code) = await Shoppers.JoinAsync(_service);
        using var till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        using var marketer = await TillClient.WithNewKeyAsync(_service, "marketer");
        var memberId = (await till.CardAsync(code)).GetProperty("member").GetProperty("id").GetInt64();
        const string Token = "app-token_0123456789abcdefghijklmnopqrstuvwxyz";
        using var register = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/members/{memberId}/devices") { Content = JsonContent.Create(new { token = Token }) };
        register.Headers.Authorization = new("Pass", pass.AuthenticationToken);
        (await _service.Client.SendAsync(register)).EnsureSuccessStatusCode();

        await marketer.PostJsonAsync($"/api/v1/programs/demo/members/{memberId}/messages", new { title = "Hello", body = "Welcome" });
        await _google.Fcm.WaitForMessagesAsync(1, TimeSpan.FromSeconds(20));
        var sent = _google.Fcm.AcceptedMessages.Single();
        Assert.Equal(Token, sent["token"]!.GetValue<string>());
        Assert.Equal("Hello", sent["notification"]!["title"]!.GetValue<string>());

        _google.Fcm.AnswerAlways(Token, Fakes.Google.FakeFcmReply.Unregistered());
        await marketer.PostJsonAsync($"/api/v1/programs/demo/members/{memberId}/messages", new { title = "Again", body = "Still there?" });
        await using var connection = await _service.Services.GetRequiredService<IDatabase>().OpenAsync();
        await Eventually.TrueAsync(async () => await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM app_devices") == 0, "the unregistered token is forgotten");
    }

    [Fact]
    public async Task ASignedSaveCallbackCountsAsAnInstallForTheFlyerOnce()
    {
        var (objectId, _) = await JoinAsync("flyer-cb");
        var body = _google.Signer.SignCallback(GoogleServiceRig.IssuerId, $"{GoogleServiceRig.IssuerId}.demo", objectId, "save", nonce: "nonce-1");

        using var first = await _service.Client.PostAsync("/google/callbacks", new StringContent(body));
        using var replay = await _service.Client.PostAsync("/google/callbacks", new StringContent(body));
        using var forged = await _service.Client.PostAsync("/google/callbacks", new StringContent(body.Replace("save", "del", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await using var connection = await _service.Services.GetRequiredService<IDatabase>().OpenAsync();
        var events = (await connection.QueryAsync<(string Kind, string Source)>(
            "SELECT kind, source FROM wallet_events WHERE platform = 'google'")).ToList();
        Assert.Equal([("install", "flyer-cb")], events);
    }
}
