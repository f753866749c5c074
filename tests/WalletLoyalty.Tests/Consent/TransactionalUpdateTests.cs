using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Consent;

/// <summary>What the card shows is not marketing: a member without consent still gets their balance pushed.</summary>
[Trait("Category", "Database")]
public sealed class TransactionalUpdateTests
{
    [Fact]
    public async Task AnEarnStillUpdatesTheCardOfAMemberWhoDidNotConsent()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var device = new AppleDevice(service.Client);
        var card = await device.AddFromLandingPageAsync("/join/demo", "Kim", marketingConsent: false);
        (await device.RegisterAsync(card)).Dispose();
        using var cashier = await TillClient.WithNewKeyAsync(service, "cashier", storeId: "maple-street", programId: "demo");

        var (earned, _) = await cashier.EarnAsync(card.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!, 2500, "R-consent-1");
        earned.Dispose();

        Assert.Equal(HttpStatusCode.OK, earned.StatusCode);
        Assert.False(Assert.Single(await service.QueryAsync<bool>("SELECT marketing_consent FROM members")));
        Assert.Equal(1, await service.CountAsync(
            "SELECT COUNT(*) FROM outbox WHERE channel = 'apns' AND target = @PushToken AND campaign_id IS NULL", new { device.PushToken }));
    }
}
