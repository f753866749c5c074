using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Referrals;

/// <summary>The friend's first purchase of at least €10 pays the demo's 50 points to both members, once, in the purchase's transaction.</summary>
[Trait("Category", "Database")]
public sealed class ReferralRewardTests : IAsyncLifetime
{
    private ReferralRig _rig = null!;

    public async Task InitializeAsync() => _rig = await ReferralRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private async Task<(Shopper Referrer, Shopper Friend)> FriendsAsync()
    {
        var referrer = await _rig.JoinAsync("Alex");
        var friend = await _rig.JoinAsync("Sam", await _rig.ReferralCodeAsync(referrer.Card));
        return (referrer, friend);
    }

    [Fact]
    public async Task AFriendsFirstPurchaseOfTheMinimumCreditsBothMembersAndBothCardsShowIt()
    {
        var (referrer, friend) = await FriendsAsync();
        Assert.Equal([((long?)referrer.MemberId, (string?)null)], await _rig.ReferralOfAsync(friend.MemberId));

        var (response, body) = await _rig.Till.EarnAsync(friend.Code, 1000, "R-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10, body.GetProperty("pointsCredited").GetInt64());
        Assert.Equal(50, body.GetProperty("referralPointsCredited").GetInt64());
        Assert.Equal(60, body.GetProperty("balance").GetInt64());
        Assert.Equal([(friend.MemberId, 50L, 60L), (referrer.MemberId, 50L, 50L)], await _rig.ReferralEntriesAsync());
        Assert.Equal(60, await _rig.PointsOnCardAsync(friend.Card));
        Assert.Equal(50, await _rig.PointsOnCardAsync(referrer.Card));
        Assert.Equal(2, await _rig.Service.CountAsync("SELECT COUNT(*) FROM passes WHERE member_id IN (@a, @b) AND version > 1",
            new { a = referrer.MemberId, b = friend.MemberId }));
    }

    [Fact]
    public async Task LaterPurchasesOfTheFriendPayNoMoreReferral()
    {
        var (_, friend) = await FriendsAsync();
        (await _rig.Till.EarnAsync(friend.Code, 1500, "R-1")).Response.Dispose();

        var (_, second) = await _rig.OtherTill.EarnAsync(friend.Code, 5000, "R-2");

        Assert.False(second.TryGetProperty("referralPointsCredited", out _));
        Assert.Equal(2, (await _rig.ReferralEntriesAsync()).Count);
    }

    [Fact]
    public async Task AFirstPurchaseBelowTheMinimumPaysNothingNowOrWithALargerPurchaseLater()
    {
        var (_, friend) = await FriendsAsync();

        var (_, small) = await _rig.Till.EarnAsync(friend.Code, 999, "R-1");
        (await _rig.Till.EarnAsync(friend.Code, 4000, "R-2")).Response.Dispose();

        Assert.Equal(9, small.GetProperty("balance").GetInt64());
        Assert.Empty(await _rig.ReferralEntriesAsync());
        Assert.Equal(["first-purchase-too-small"], await _rig.Service.QueryAsync<string>("SELECT outcome FROM referral_rewards"));
    }

    [Fact]
    public async Task ARetriedEarnWithTheSameIdempotencyKeyPaysTheReferralOnce()
    {
        var (referrer, friend) = await FriendsAsync();
        var key = Guid.NewGuid().ToString();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _rig.Till.EarnAsync(friend.Code, 2000, "R-retry", key)));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
        Assert.Single(results.Select(r => r.Body.GetRawText()).Distinct());
        Assert.Equal([(friend.MemberId, 50L, 70L), (referrer.MemberId, 50L, 50L)], await _rig.ReferralEntriesAsync());
    }

    [Fact]
    public async Task TwoTillsCreditingTheFriendAtOnceMakeOneFirstPurchaseAndOneReferral()
    {
        var (referrer, friend) = await FriendsAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? _rig.Till : _rig.OtherTill).EarnAsync(friend.Code, 1000, $"R-{i}")));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
        Assert.Single(results, r => r.Body.TryGetProperty("referralPointsCredited", out _));
        Assert.Equal([friend.MemberId, referrer.MemberId], (await _rig.ReferralEntriesAsync()).Select(e => e.MemberId));
        Assert.Equal(110, await _rig.PointsOnCardAsync(friend.Card));
        Assert.Equal(50, await _rig.PointsOnCardAsync(referrer.Card));
    }

    [Fact]
    public async Task ARefundedFirstPurchaseDoesNotPayAgainWithTheNextPurchase()
    {
        var (referrer, friend) = await FriendsAsync();
        (await _rig.Till.EarnAsync(friend.Code, 1200, "R-1")).Response.Dispose();

        using var refund = await _rig.Till.PostAsync("/api/v1/till/reverse", new { receiptId = "R-1", allowPartial = true });
        (await _rig.Till.EarnAsync(friend.Code, 1200, "R-2")).Response.Dispose();

        Assert.Equal(HttpStatusCode.OK, refund.StatusCode);
        Assert.Equal([friend.MemberId, referrer.MemberId], (await _rig.ReferralEntriesAsync()).Select(e => e.MemberId));
        Assert.Equal(1, await _rig.Service.CountAsync("SELECT COUNT(*) FROM referral_rewards WHERE outcome = 'paid'"));
    }
}
