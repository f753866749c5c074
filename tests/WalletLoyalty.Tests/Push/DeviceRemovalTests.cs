using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Data;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Push;

/// <summary>When APNs says a device is gone, and when that should not be believed.</summary>
[Trait("Category", "Database")]
public sealed class DeviceRemovalTests : IAsyncLifetime
{
    private const int HoldMinimum = 5;
    private PushRig _rig = null!;
    private ServiceHost _service = null!;
    private TillClient _till = null!;

    public async Task InitializeAsync()
    {
        _rig = await PushRig.StartAsync();
        _service = await ServiceHost.StartAsync(settings =>
        {
            _rig.Configure(settings);
            settings["Push:RemovalHoldMinimum"] = HoldMinimum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        _till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
    }

    public async Task DisposeAsync()
    {
        _till.Dispose();
        await _service.DisposeAsync();
        await _rig.DisposeAsync();
    }

    private async Task<(AppleDevice Device, string Code)> InstalledCardAsync()
    {
        var device = new AppleDevice(_service.Client);
        var pass = await device.AddFromLandingPageAsync("/join/demo", "Kim");
        using var registered = await device.RegisterAsync(pass);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return (device, pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await _service.Services.GetRequiredService<IDatabase>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    [Fact]
    public async Task WhenEveryDeviceIsSaidToBeGoneTheRemovalsStopAndReadinessSaysWhy()
    {
        var cards = new List<(AppleDevice Device, string Code)>();
        for (var i = 0; i < 2 * HoldMinimum; i++)
        {
            cards.Add(await InstalledCardAsync());
        }
        foreach (var (device, _) in cards)
        {
            _rig.Apns.MarkUnregistered(device.PushToken); // as the sandbox answers production tokens
        }

        for (var i = 0; i < cards.Count; i++)
        {
            await _till.EarnAsync(cards[i].Code, 1000, $"R-gone-{i}");
        }
        await Eventually.TrueAsync(async () => await CountAsync("SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')") == 0, "every push is answered");

        Assert.Equal(HoldMinimum - 1, await CountAsync("SELECT COUNT(*) FROM wallet_events WHERE kind = 'uninstall'"));
        Assert.Equal(cards.Count - (HoldMinimum - 1), await CountAsync("SELECT COUNT(*) FROM apple_registrations"));
        using var ready = await _service.Client.GetAsync("/health/ready");
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var removals = report.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "apns-removals");
        Assert.Equal("Degraded", removals.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AGoneAnswerOlderThanTheRegistrationLeavesItInPlace()
    {
        var (device, code) = await InstalledCardAsync();
        _rig.Apns.MarkUnregistered(device.PushToken, since: DateTimeOffset.UtcNow.AddHours(-1));

        await _till.EarnAsync(code, 1000, "R-stale-410");
        await Eventually.TrueAsync(async () => await CountAsync("SELECT COUNT(*) FROM outbox WHERE status = 'dropped'") == 1, "the push is dropped");

        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM apple_registrations"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM wallet_events WHERE kind = 'uninstall'"));
    }
}
