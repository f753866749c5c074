using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Data;
using WalletLoyalty.Tests.Fakes;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Push;

/// <summary>From a till earn, through APNs, to the refreshed pass on the phone.</summary>
[Trait("Category", "Database")]
public sealed class TillToPhoneTests : IAsyncLifetime
{
    private PushRig _rig = null!;
    private ServiceHost _service = null!;
    private TillClient _till = null!;

    public async Task InitializeAsync()
    {
        _rig = await PushRig.StartAsync();
        _service = await ServiceHost.StartAsync(_rig.Configure);
        _till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
    }

    public async Task DisposeAsync()
    {
        _till.Dispose();
        await _service.DisposeAsync();
        await _rig.DisposeAsync();
    }

    private async Task<(AppleDevice Device, PkPassFile Pass, string Code)> InstalledCardAsync()
    {
        var device = new AppleDevice(_service.Client);
        var pass = await device.AddFromLandingPageAsync("/join/demo", "Sam");
        using var registered = await device.RegisterAsync(pass);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal([pass.SerialNumber], await device.UpdatedSerialsAsync());
        return (device, pass, pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!);
    }

    private async Task<long> CountAsync(string sql, object parameters)
    {
        await using var connection = await _service.Services.GetRequiredService<IDatabase>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    [Fact]
    public async Task ATillEarnPushesToTheDeviceWhichFetchesTheNewBalance()
    {
        var (device, pass, code) = await InstalledCardAsync();

        await _till.EarnAsync(code, 4250, "R-push");
        await _rig.Apns.WaitForDeliveriesAsync(1, TimeSpan.FromSeconds(20));

        var push = Assert.Single(_rig.Apns.Deliveries);
        Assert.Equal(device.PushToken, push.Token);
        Assert.Equal(_rig.Pki.PassTypeIdentifier, push.Topic);
        Assert.Equal([pass.SerialNumber], await device.UpdatedSerialsAsync());
        using var fetched = await device.FetchPassAsync(pass);
        Assert.Equal(42, new PkPassFile(await fetched.Content.ReadAsByteArrayAsync()).Field("points").GetProperty("value").GetInt64());
    }

    [Fact]
    public async Task A410RemovesTheRegistration()
    {
        var (device, _, code) = await InstalledCardAsync();
        _rig.Apns.MarkUnregistered(device.PushToken);

        await _till.EarnAsync(code, 1000, "R-gone");

        await Eventually.TrueAsync(async () => await CountAsync(
            "SELECT COUNT(*) FROM apple_registrations WHERE device_library_identifier = @id", new { id = device.DeviceLibraryIdentifier }) == 0,
            "the registration is removed");
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM wallet_events WHERE kind = 'uninstall'", new { }));
    }

    [Fact]
    public async Task TooManyRequestsAndServerErrorsAreRetriedUntilDelivered()
    {
        var (device, _, code) = await InstalledCardAsync();
        _rig.Apns.EnqueueReplies(device.PushToken, new FakeApnsReply(429, "TooManyRequests"), new FakeApnsReply(500, "InternalServerError"));

        await _till.EarnAsync(code, 1000, "R-retry");
        await _rig.Apns.WaitForDeliveriesAsync(1, TimeSpan.FromSeconds(30));

        Assert.Equal(device.PushToken, Assert.Single(_rig.Apns.Deliveries).Token);
        Assert.Equal(3, _rig.Apns.RequestCount);
        await Eventually.TrueAsync(async () => await CountAsync("SELECT COUNT(*) FROM outbox WHERE status = 'sent'", new { }) == 1, "the push is recorded as sent");
    }
}
