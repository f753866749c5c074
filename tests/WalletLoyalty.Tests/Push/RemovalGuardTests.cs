using WalletLoyalty.Push;
using WalletLoyalty.Tests.Wallets.Google.Callbacks;

namespace WalletLoyalty.Tests.Push;

public sealed class RemovalGuardTests
{
    private static readonly PushOptions Options = new() { RemovalHoldMinimum = 20, RemovalHoldShare = 0.5, RemovalWindowSeconds = 600 };

    [Fact]
    public void ABurstOfGoneAnswersWithNoDeliveryIsHeldFromTheMinimumOn()
    {
        var guard = new RemovalGuard(Options, new ManualTimeProvider(DateTimeOffset.Parse("2026-12-02T10:00:00Z")));

        var allowed = Enumerable.Range(0, 100).Count(_ => guard.MayRemove());

        Assert.Equal(19, allowed);
        Assert.True(guard.Holding);
    }

    [Fact]
    public void GoneDevicesAmongManyDeliveriesAreRemovedEveryOne()
    {
        var guard = new RemovalGuard(Options, new ManualTimeProvider(DateTimeOffset.Parse("2026-12-02T10:00:00Z")));

        var allowed = 0;
        for (var i = 0; i < 1000; i++)
        {
            guard.Delivered();
            if (i % 5 == 0)
            {
                allowed += guard.MayRemove() ? 1 : 0; // one in six answers says gone, as after a big campaign
            }
        }

        Assert.Equal(200, allowed);
        Assert.False(guard.Holding);
    }

    [Fact]
    public void TheHoldEndsWhenDeliveriesComeBackAndSaysSo()
    {
        var time = new ManualTimeProvider(DateTimeOffset.Parse("2026-12-02T10:00:00Z"));
        var guard = new RemovalGuard(Options, time);
        var changes = new List<bool>();
        guard.HoldingChanged += changes.Add;
        for (var i = 0; i < 30; i++)
        {
            guard.MayRemove();
        }

        time.Advance(TimeSpan.FromMinutes(11));
        guard.Delivered();

        Assert.False(guard.Holding);
        Assert.Equal([true, false], changes);
        Assert.True(guard.MayRemove());
    }
}
