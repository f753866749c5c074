using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Tiers;

/// <summary>The demo's tier perks at the till: more points per euro in higher tiers, a welcome gift once, tier-only rewards, and the next tier on the card.</summary>
[Trait("Category", "Database")]
public sealed class TierPerksTillTests : IAsyncLifetime
{
    private TierRig _rig = null!;

    public async Task InitializeAsync() => _rig = await TierRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task ASilverMemberEarnsAQuarterMorePerEuroAndReachingGoldGivesItsWelcomeGiftOnce()
    {
        var (_, code) = await _rig.JoinAsync();

        var (_, bronze) = await _rig.Till.EarnAsync(code, 60000, "R-1");
        var (_, silver) = await _rig.Till.EarnAsync(code, 1000, "R-2");
        var (_, gold) = await _rig.Till.EarnAsync(code, 100000, "R-3", idempotencyKey: "till-7-R-3");
        var (_, retried) = await _rig.Till.EarnAsync(code, 100000, "R-3", idempotencyKey: "till-7-R-3");

        Assert.Equal((600L, "Silver"), (bronze.GetProperty("pointsCredited").GetInt64(), bronze.GetProperty("tier").GetString()));
        Assert.Equal(12, silver.GetProperty("pointsCredited").GetInt64()); // €10 at 125%, rounded down
        Assert.Equal((1250L, 1962L, "Gold"), (gold.GetProperty("pointsCredited").GetInt64(), gold.GetProperty("balance").GetInt64(), gold.GetProperty("tier").GetString()));
        Assert.Equal(gold.GetRawText(), retried.GetRawText());
        Assert.Equal((1962L, "Gold"), await _rig.MemberAsync(code)); // 600 + 12 + 1250 + the 100-point welcome gift
        Assert.Equal(1, await _rig.WelcomeGiftsAsync());

        using var reversed = await _rig.Till.PostAsync("/api/v1/till/reverse", new { receiptId = "R-3" });
        Assert.Equal(HttpStatusCode.OK, reversed.StatusCode);
        Assert.Equal((712L, "Silver"), await _rig.MemberAsync(code)); // a refund drops the tier at once: those points were never earned
        await _rig.Till.EarnAsync(code, 100000, "R-4");

        Assert.Equal((1962L, "Gold"), await _rig.MemberAsync(code));
        Assert.Equal(1, await _rig.WelcomeGiftsAsync());
    }

    [Fact]
    public async Task TheCardShowsTheNextTierAndThePointsItStillTakes()
    {
        var (card, code) = await _rig.JoinAsync();
        await _rig.Till.EarnAsync(code, 12000, "R-1");

        var bronze = await _rig.FetchAsync(card);
        await _rig.Till.EarnAsync(code, 200000, "R-2");
        var gold = await _rig.FetchAsync(card);

        Assert.Equal(("Silver", 380L), (bronze.Field("nextTier").GetProperty("value").GetString(), bronze.Field("toNextTier").GetProperty("value").GetInt64()));
        Assert.Equal("Silber", bronze.Strings("de")["Silver"]);
        Assert.Equal(("Gold", 0L), (gold.Field("nextTier").GetProperty("value").GetString(), gold.Field("toNextTier").GetProperty("value").GetInt64()));
        Assert.Equal("", gold.Field("tierNews").GetProperty("value").GetString());
    }
}
