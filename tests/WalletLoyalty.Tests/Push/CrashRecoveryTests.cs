using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Push;

[Trait("Category", "Database")]
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task AKilledAndRestartedServiceKeepsEveryAcknowledgedEarnAndSendsThePushItOwed()
    {
        await using var rig = await PushRig.StartAsync();
        var data = Directory.CreateTempSubdirectory("crash-").FullName;
        var settings = SampleSettings.For(data);
        rig.Configure(settings);
        settings["Push:DispatcherEnabled"] = "false";

        AppleDevice device;
        PkPassFile pass;
        string code;
        await using (var first = await ServiceProcess.StartAsync(settings))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            device = new AppleDevice(http);
            pass = await device.AddFromLandingPageAsync("/join/demo");
            (await device.RegisterAsync(pass)).Dispose();
            code = pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!;
            using var till = await CashierAsync(first.BaseAddress);
            var earns = await Task.WhenAll(Enumerable.Range(0, 25).Select(i => till.EarnAsync(code, 1000 + i, $"R-{i}")));
            Assert.All(earns, e => Assert.True(e.Response.IsSuccessStatusCode));
            await first.KillAsync();
        }
        Assert.Empty(rig.Apns.Deliveries);

        settings["Push:DispatcherEnabled"] = "true";
        await using var second = await ServiceProcess.StartAsync(settings);
        await rig.Apns.WaitForDeliveriesAsync(1, TimeSpan.FromSeconds(30));

        Assert.Equal(device.PushToken, Assert.Single(rig.Apns.Deliveries).Token);
        using var client = new HttpClient { BaseAddress = second.BaseAddress };
        var restarted = new AppleDevice(client, device.DeviceLibraryIdentifier, device.PushToken, device.PassTypeIdentifier);
        Assert.Equal([pass.SerialNumber], await restarted.UpdatedSerialsAsync());
        using var fetched = await restarted.FetchPassAsync(pass);
        Assert.Equal(250, new PkPassFile(await fetched.Content.ReadAsByteArrayAsync()).Field("points").GetProperty("value").GetInt64());
    }

    private static async Task<TillClient> CashierAsync(Uri baseAddress)
    {
        using var admin = new TillClient(baseAddress, SampleSettings.AdminKey);
        var (_, body) = await admin.PostJsonAsync("/api/v1/keys", new { role = "cashier", storeId = "maple-street" });
        return new TillClient(baseAddress, body.GetProperty("key").GetString()!);
    }
}
