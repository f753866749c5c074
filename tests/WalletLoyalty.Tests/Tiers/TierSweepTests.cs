using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Tiers;

/// <summary>The nightly tier sweep: an inactive member keeps their tier through the grace period, with a notice on the card, then drops.</summary>
[Trait("Category", "Database")]
public sealed class TierSweepTests : IAsyncLifetime
{
    private TierRig _rig = null!;

    public async Task InitializeAsync() => _rig = await TierRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private static string Notice(PkPassFile card) => card.Field("tierNews").GetProperty("value").GetString()!;

    [Fact]
    public async Task AnInactiveMemberKeepsTheirTierForThirtyDaysWithANoticeAndThenDrops()
    {
        var (card, code) = await _rig.JoinAsync();
        await _rig.Till.EarnAsync(code, 60000, "R-1");
        Assert.Equal(0, (await _rig.SweepAsync()).GraceStarted);

        _rig.Clock.Advance(TimeSpan.FromDays(366));
        var first = await _rig.SweepAsync();
        var again = await _rig.SweepAsync();
        var inGrace = await _rig.FetchAsync(card);

        Assert.Equal((1, 0), (first.GraceStarted, again.GraceStarted));
        Assert.Equal((600L, "Silver"), await _rig.MemberAsync(code));
        Assert.Equal("Keep your Silver status: earn 500 more points by 1 Jan 2028.", Notice(inGrace));
        Assert.Equal("%@", inGrace.Field("tierNews").GetProperty("changeMessage").GetString());

        _rig.Clock.Advance(TimeSpan.FromDays(31));
        var dropped = await _rig.SweepAsync();
        var after = await _rig.FetchAsync(card);

        Assert.Equal(1, dropped.Downgraded);
        Assert.Equal((600L, "Bronze"), await _rig.MemberAsync(code)); // the tier goes, the points stay
        Assert.Equal("Bronze", after.Field("tier").GetProperty("value").GetString());
        Assert.Equal("Your card is now Bronze. 500 more points take you up again.", Notice(after));
    }

    [Fact]
    public async Task AMemberWhoEarnsTheTierBackDuringGraceKeepsIt()
    {
        var (card, code) = await _rig.JoinAsync();
        await _rig.Till.EarnAsync(code, 60000, "R-1");
        _rig.Clock.Advance(TimeSpan.FromDays(366));
        await _rig.SweepAsync();

        await _rig.Till.EarnAsync(code, 40000, "R-2"); // 500 points at Silver's 125%
        _rig.Clock.Advance(TimeSpan.FromDays(31));
        var later = await _rig.SweepAsync();

        Assert.Equal(0, later.Downgraded);
        Assert.Equal((1100L, "Silver"), await _rig.MemberAsync(code));
        Assert.Equal("", Notice(await _rig.FetchAsync(card)));
    }

    [Fact]
    public async Task TwoSweepsAtOnceMoveEachMemberOnce()
    {
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var (_, code) = await _rig.JoinAsync("Shopper " + i);
            await _rig.Till.EarnAsync(code, 60000, "R-" + i);
            codes.Add(code);
        }
        _rig.Clock.Advance(TimeSpan.FromDays(366));

        var sweeps = await Task.WhenAll(_rig.SweepAsync(), _rig.SweepAsync());

        Assert.Equal(3, sweeps.Sum(s => s.GraceStarted));
        Assert.Equal(3, await _rig.Service.CountAsync("SELECT COUNT(*) FROM members WHERE tier_notice = 'grace' AND tier = 'Silver'"));
    }
}
