using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Tiers;

/// <summary>A reward kept for higher tiers: refused below them with a clear problem, taken once the member is there.</summary>
[Trait("Category", "Database")]
public sealed class TierRewardTests : IAsyncLifetime
{
    private TierRig _rig = null!;

    public async Task InitializeAsync() => _rig = await TierRig.StartAsync("""
        { "tierPerks": { "perks": [ { "tier": "Silver", "rewards": ["coffee"] } ] } }
        """);

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task ARewardForSilverIsRefusedToABronzeMemberAndTakenOnceTheyAreSilver()
    {
        var (_, code) = await _rig.JoinAsync();
        await _rig.Till.EarnAsync(code, 40000, "R-1");

        var (refused, problem) = await _rig.Till.PostJsonAsync("/api/v1/till/redeem", new { code, rewardId = "coffee" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.EndsWith("/reward-not-for-tier", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal("Free coffee is for members from Silver up; this member is Bronze.", problem.GetProperty("detail").GetString());
        Assert.Equal((400L, "Bronze"), await _rig.MemberAsync(code));

        await _rig.Till.EarnAsync(code, 10000, "R-2");
        var (taken, _) = await _rig.Till.PostJsonAsync("/api/v1/till/redeem", new { code, rewardId = "coffee" });
        var (voucher, _) = await _rig.Till.PostJsonAsync("/api/v1/till/redeem", new { code, rewardId = "voucher-20" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (taken.StatusCode, voucher.StatusCode));
        Assert.Equal((270L, "Silver"), await _rig.MemberAsync(code)); // 500 − 30 − 200: no multiplier configured here
    }
}
