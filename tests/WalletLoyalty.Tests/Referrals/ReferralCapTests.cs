using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Referrals;

/// <summary>A referrer is rewarded for at most maxRewardsPerReferrer friends (2 here), even when friends buy at the same moment.</summary>
[Trait("Category", "Database")]
public sealed class ReferralCapTests : IAsyncLifetime
{
    private readonly TemplateFolder _templates = new();
    private ReferralRig _rig = null!;

    public async Task InitializeAsync()
    {
        _templates.Write("mechanics.json", """
            { "referral": { "referrerPoints": 30, "friendPoints": 20, "minFirstPurchaseMinor": 500, "maxRewardsPerReferrer": 2, "linkLabel": "Invite a friend" } }
            """);
        _rig = await ReferralRig.StartAsync(_templates.Templates);
    }

    public async Task DisposeAsync()
    {
        await _rig.DisposeAsync();
        _templates.Dispose();
    }

    private async Task<IReadOnlyList<Shopper>> FriendsAsync(Shopper referrer, int count)
    {
        var code = await _rig.ReferralCodeAsync(referrer.Card);
        var friends = new List<Shopper>();
        for (var i = 0; i < count; i++)
        {
            friends.Add(await _rig.JoinAsync("Friend " + i, code));
        }
        return friends;
    }

    [Fact]
    public async Task TheThirdFriendStillGetsNoRewardAndNeitherDoesTheReferrer()
    {
        var referrer = await _rig.JoinAsync("Alex");
        var friends = await FriendsAsync(referrer, 3);

        foreach (var friend in friends)
        {
            var (response, _) = await _rig.Till.EarnAsync(friend.Code, 500, "R-" + friend.MemberId);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(60, await _rig.PointsOnCardAsync(referrer.Card));
        var friendPoints = await Task.WhenAll(friends.Select(f => _rig.PointsOnCardAsync(f.Card)));
        Assert.Equal([25L, 25L, 5L], friendPoints);
        Assert.Equal(["paid", "paid", "capped"], await _rig.Service.QueryAsync<string>("SELECT outcome FROM referral_rewards ORDER BY decided_at, friend_member_id"));
        var (page, _) = await _rig.InvitationAsync(referrer.Card);
        Assert.Contains("Friends who have earned you points so far: 2 of 2", page, StringComparison.Ordinal);
        Assert.Contains("id=\"cap-reached\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FriendsBuyingAtOnceAtTwoTillsNeverPayPastTheCap()
    {
        var referrer = await _rig.JoinAsync("Alex");
        var friends = await FriendsAsync(referrer, 6);

        var results = await Task.WhenAll(friends.Select((f, i) => (i % 2 == 0 ? _rig.Till : _rig.OtherTill).EarnAsync(f.Code, 800, "R-" + f.MemberId)));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
        Assert.Equal(2, results.Count(r => r.Body.TryGetProperty("referralPointsCredited", out _)));
        Assert.Equal(60, await _rig.PointsOnCardAsync(referrer.Card));
        Assert.Equal([1L, 2L], await _rig.Service.QueryAsync<long>("SELECT reward_number FROM referral_rewards WHERE outcome = 'paid' ORDER BY reward_number"));
        Assert.Equal(4, await _rig.Service.CountAsync("SELECT COUNT(*) FROM referral_rewards WHERE outcome = 'capped'"));
    }
}
