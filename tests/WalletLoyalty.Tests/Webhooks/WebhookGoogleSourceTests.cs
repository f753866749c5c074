using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Webhooks;

/// <summary>Google Wallet's side: a join from the Google button, and Google's signed save and delete callbacks.</summary>
[Trait("Category", "Database")]
public sealed class WebhookGoogleSourceTests : IAsyncLifetime
{
    private GoogleServiceRig _google = null!;
    private WebhookScenario _scenario = null!;

    public async Task InitializeAsync()
    {
        _google = await GoogleServiceRig.StartAsync();
        _scenario = await WebhookScenario.StartAsync(configure: _google.Configure);
        await _scenario.SubscribeAsync("member.joined", "pass.installed", "pass.removed");
    }

    public async Task DisposeAsync()
    {
        await _scenario.DisposeAsync();
        await _google.DisposeAsync();
    }

    [Fact]
    public async Task AGoogleJoinAndItsSaveAndDeleteCallbacksRaiseTheirEventsOnceEach()
    {
        var client = _scenario.Service.Client;
        using (var joined = await client.GetAsync(await Shoppers.WalletLinkAsync(client, "/join/demo?src=flyer-g", "google", "Ana")))
        {
            Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
            var claims = SaveJwt.VerifiedClaims(joined.Headers.Location!.ToString(), _google.Account.PublicKey);
            var objectId = claims.GetProperty("payload").GetProperty("loyaltyObjects")[0].GetProperty("id").GetString()!;
            var member = await _scenario.Receiver.NextOfTypeAsync("member.joined");
            Assert.Equal("flyer-g", member.Data.GetProperty("source").GetString());

            var save = _google.Signer.SignCallback(GoogleServiceRig.IssuerId, $"{GoogleServiceRig.IssuerId}.demo", objectId, "save", nonce: "save-1");
            using (var saved = await client.PostAsync("/google/callbacks", new StringContent(save)))
            using (var resent = await client.PostAsync("/google/callbacks", new StringContent(save)))
            {
                Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
                Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
            }
            var installed = await _scenario.Receiver.NextOfTypeAsync("pass.installed");
            var delete = _google.Signer.SignCallback(GoogleServiceRig.IssuerId, $"{GoogleServiceRig.IssuerId}.demo", objectId, "del", nonce: "del-1");
            using (var deleted = await client.PostAsync("/google/callbacks", new StringContent(delete)))
            {
                Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
            }
            var removed = await _scenario.Receiver.NextOfTypeAsync("pass.removed");

            foreach (var received in new[] { installed, removed })
            {
                Assert.True(received.Accepted);
                Assert.Equal("google", received.Data.GetProperty("platform").GetString());
                Assert.Equal(member.Data.GetProperty("memberId").GetInt64(), received.Data.GetProperty("memberId").GetInt64());
            }
            Assert.Equal(1, await _scenario.Service.CountAsync("SELECT COUNT(*) FROM webhook_deliveries WHERE event_type = 'pass.installed'"));
        }
    }
}
