using System.Net;
using Dapper;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Tests.Webhooks;

/// <summary>Each event comes from the change that causes it, in that change's transaction: a refused or rolled-back change raises none.</summary>
[Trait("Category", "Database")]
public sealed class WebhookEventSourceTests : IAsyncLifetime
{
    private WebhookScenario _scenario = null!;

    public async Task InitializeAsync()
    {
        _scenario = await WebhookScenario.StartAsync();
        await _scenario.SubscribeAsync([.. WebhookEventTypes.All]);
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    private Task<long> DeliveriesOfAsync(string type) =>
        _scenario.Service.CountAsync("SELECT COUNT(*) FROM webhook_deliveries WHERE event_type = @type", new { type });

    [Fact]
    public async Task JoiningWithAnAppleCardRaisesMemberJoined()
    {
        var (card, code) = await Shoppers.JoinAsync(_scenario.Service, "Robin");

        var joined = await _scenario.Receiver.NextOfTypeAsync("member.joined");

        Assert.True(joined.Accepted);
        var memberId = (await _scenario.Till.CardAsync(code)).GetProperty("member").GetProperty("id").GetInt64();
        Assert.Equal(memberId, joined.Data.GetProperty("memberId").GetInt64());
        Assert.Equal(10, joined.Data.GetProperty("memberNumber").GetString()!.Length);
        Assert.Equal("Bronze", joined.Data.GetProperty("tier").GetString());
        Assert.DoesNotContain("Robin", joined.Body, StringComparison.Ordinal);
        Assert.NotNull(card);
    }

    [Fact]
    public async Task AddingTheCardToAnIPhoneAndRemovingItRaisePassInstalledAndPassRemoved()
    {
        var (memberId, _, card) = await _scenario.MemberAsync();
        var phone = new AppleDevice(_scenario.Service.Client);

        using (var registered = await phone.RegisterAsync(card))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }
        using (var again = await phone.RegisterAsync(card))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }
        var installed = await _scenario.Receiver.NextOfTypeAsync("pass.installed");
        using (var removed = await phone.UnregisterAsync(card))
        {
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }
        var removal = await _scenario.Receiver.NextOfTypeAsync("pass.removed");

        foreach (var received in new[] { installed, removal })
        {
            Assert.Equal(memberId, received.Data.GetProperty("memberId").GetInt64());
            Assert.Equal("apple", received.Data.GetProperty("platform").GetString());
            Assert.Equal("storeCard", received.Data.GetProperty("passKind").GetString());
            Assert.Equal(card.SerialNumber, received.Data.GetProperty("serialNumber").GetString());
        }
        Assert.Equal(1, await DeliveriesOfAsync("pass.installed"));
    }

    [Fact]
    public async Task TheTillsEarnsAndRedeemsRaisePointsEventsAndARefusedRedeemRaisesNone()
    {
        var (memberId, code, _) = await _scenario.MemberAsync();
        var (earnedResponse, earnedAnswer) = await _scenario.Till.EarnAsync(code, 25_000, "R-source");
        Assert.Equal(HttpStatusCode.OK, earnedResponse.StatusCode);
        var earned = await _scenario.Receiver.NextOfTypeAsync("points.earned");
        Assert.Equal(250, earned.Data.GetProperty("points").GetInt64());
        Assert.Equal(25_000, earned.Data.GetProperty("amountMinor").GetInt64());
        Assert.Equal("EUR", earned.Data.GetProperty("currency").GetString());
        Assert.Equal(earnedAnswer.GetProperty("entryId").GetInt64(), earned.Data.GetProperty("entryId").GetInt64());

        var (redeemedResponse, redeemedAnswer) = await _scenario.Till.PostJsonAsync("/api/v1/till/redeem", new { code, rewardId = "voucher-20" });
        Assert.Equal(HttpStatusCode.OK, redeemedResponse.StatusCode);
        var redeemed = await _scenario.Receiver.NextOfTypeAsync("points.redeemed");
        Assert.Equal(memberId, redeemed.Data.GetProperty("memberId").GetInt64());
        Assert.Equal(200, redeemed.Data.GetProperty("points").GetInt64());
        Assert.Equal(50, redeemed.Data.GetProperty("balance").GetInt64());
        Assert.Equal("voucher-20", redeemed.Data.GetProperty("rewardId").GetString());
        Assert.Equal(redeemedAnswer.GetProperty("entryId").GetInt64(), redeemed.Data.GetProperty("entryId").GetInt64());

        var (refused, _) = await _scenario.Till.PostJsonAsync("/api/v1/till/redeem", new { code, rewardId = "voucher-20" });
        var (duplicate, _) = await _scenario.Till.EarnAsync(code, 25_000, "R-source");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(1, await DeliveriesOfAsync("points.redeemed"));
        Assert.Equal(1, await DeliveriesOfAsync("points.earned"));
    }

    [Fact]
    public async Task RedeemingACouponRaisesCouponRedeemedOnce()
    {
        var (memberId, _, _) = await _scenario.MemberAsync();
        using var marketer = await TillClient.WithNewKeyAsync(_scenario.Service, "marketer");
        var (_, coupon) = await marketer.PostJsonAsync($"/api/v1/programs/demo/members/{memberId}/coupons", new { title = "Free croissant" });
        var couponCode = coupon.GetProperty("code").GetString();

        var (used, _) = await _scenario.Till.PostJsonAsync("/api/v1/till/redeem", new { code = couponCode });
        var redeemed = await _scenario.Receiver.NextOfTypeAsync("coupon.redeemed");
        var (usedAgain, _) = await _scenario.Till.PostJsonAsync("/api/v1/till/redeem", new { code = couponCode });

        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, usedAgain.StatusCode);
        Assert.Equal(memberId, redeemed.Data.GetProperty("memberId").GetInt64());
        Assert.Equal(coupon.GetProperty("id").GetInt64(), redeemed.Data.GetProperty("couponId").GetInt64());
        Assert.Equal("Free croissant", redeemed.Data.GetProperty("title").GetString());
        Assert.Equal(1, await DeliveriesOfAsync("coupon.redeemed"));
        Assert.Equal(0, await DeliveriesOfAsync("points.redeemed"));
    }

    [Fact]
    public async Task ErasingAMemberRaisesMemberErasedInItsTransactionAndARolledBackOneRaisesNone()
    {
        var (memberId, _, _) = await _scenario.MemberAsync();
        await using var connection = await _scenario.Service.Database().OpenAsync();

        await using (var abandoned = await connection.BeginTransactionAsync())
        {
            Assert.Equal(1, await WebhookEvents.MemberErasedAsync(connection, abandoned, "demo", memberId, DateTimeOffset.UtcNow));
            await abandoned.RollbackAsync();
        }
        Assert.Equal(0, await DeliveriesOfAsync("member.erased"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE channel = 'webhook' AND target NOT IN (SELECT CAST(id AS TEXT) FROM webhook_deliveries)"));

        using (var erasure = await _scenario.Admin.SendDeleteAsync($"/api/v1/programs/demo/members/{memberId}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, erasure.StatusCode);
        }
        var erased = await _scenario.Receiver.NextOfTypeAsync("member.erased");

        Assert.True(erased.Accepted);
        Assert.Equal(memberId, erased.Data.GetProperty("memberId").GetInt64());
        Assert.Equal(["memberId"], erased.Data.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task AnotherProgramsEventsAreNotDelivered()
    {
        await using var connection = await _scenario.Service.Database().OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        var queued = await WebhookEvents.RaiseAsync(connection, transaction, "other", WebhookEventTypes.PointsEarned, new { memberId = 1 }, DateTimeOffset.UtcNow);

        Assert.Equal(0, queued);
        await transaction.RollbackAsync();
    }
}
