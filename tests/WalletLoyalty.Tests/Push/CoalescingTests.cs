using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Push;

[Trait("Category", "Database")]
public sealed class CoalescingTests
{
    [Fact]
    public async Task ABurstOfChangesToOnePassGoesOutAsOnePush()
    {
        await using var rig = await PushRig.StartAsync();
        await using var service = await ServiceHost.StartAsync(settings =>
        {
            rig.Configure(settings);
            settings["Push:CoalesceMilliseconds"] = "6000";
        });
        using var till = await TillClient.WithNewKeyAsync(service, "cashier", "maple-street");
        var device = new AppleDevice(service.Client);
        var pass = await device.AddFromLandingPageAsync("/join/demo");
        (await device.RegisterAsync(pass)).Dispose();
        var code = pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!;

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => till.EarnAsync(code, 1000, $"R-burst-{i}")));
        await rig.Apns.WaitForDeliveriesAsync(1, TimeSpan.FromSeconds(20));

        await service.WaitUntilOutboxDrainedAsync();
        Assert.Equal(1, await service.CountAsync("SELECT COUNT(*) FROM outbox"));
        Assert.Single(rig.Apns.Deliveries);
        Assert.Equal([pass.SerialNumber], await device.UpdatedSerialsAsync());
    }
}
