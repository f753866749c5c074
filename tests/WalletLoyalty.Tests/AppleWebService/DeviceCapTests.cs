using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Passes;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Tests.Wallets.Google.Callbacks;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Tests.AppleWebService;

/// <summary>
/// A pass is registered on at most RateLimits:DevicesPerPass devices. A further device evicts the one registered
/// longest ago (rather than being refused), so a shopper who changes phones is never locked out.
/// </summary>
[Trait("Category", "Database")]
public sealed class DeviceCapTests : IAsyncLifetime
{
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task ASixthDeviceEvictsTheOneRegisteredLongestAgo()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
        var registrations = new AppleRegistrations(_service.Database(), clock);
        var pass = await StoreCardAsync();
        // Registered out of name order, so only the time they came can tell which is oldest.
        string[] phones = ["phone-e", "phone-a", "phone-d", "phone-b", "phone-c", "phone-f"];
        foreach (var phone in phones)
        {
            Assert.True(await registrations.RegisterAsync(phone, new string('a', 64), pass, 5, CancellationToken.None));
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(phones[1..].Order(StringComparer.Ordinal), await DevicesOfAsync(pass));
        Assert.Equal(0, await _service.CountAsync("SELECT COUNT(*) FROM apple_devices WHERE device_library_identifier = 'phone-e'"));
    }

    [Fact]
    public async Task ADeviceRegisteringAgainEvictsNothingAndADeviceWithOtherPassesIsKept()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
        var registrations = new AppleRegistrations(_service.Database(), clock);
        var pass = await StoreCardAsync();
        var otherPass = await StoreCardAsync();
        await registrations.RegisterAsync("old-phone", new string('a', 64), otherPass, 2, CancellationToken.None);
        foreach (var phone in new[] { "old-phone", "new-phone" })
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await registrations.RegisterAsync(phone, new string('a', 64), pass, 2, CancellationToken.None);
        }

        Assert.False(await registrations.RegisterAsync("old-phone", new string('b', 64), pass, 2, CancellationToken.None));
        Assert.Equal(["new-phone", "old-phone"], await DevicesOfAsync(pass));

        clock.Advance(TimeSpan.FromMinutes(1));
        await registrations.RegisterAsync("third-phone", new string('a', 64), pass, 2, CancellationToken.None);

        Assert.Equal(["new-phone", "third-phone"], await DevicesOfAsync(pass));
        Assert.Equal(["old-phone"], await DevicesOfAsync(otherPass));
    }

    [Fact]
    public async Task ThroughTheWebServiceTheConfiguredCapHoldsAndTheNewPhoneGetsUpdates()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["RateLimits:DevicesPerPass"] = "2");
        var first = new AppleDevice(service.Client);
        var pass = await first.AddFromLandingPageAsync("/join/demo");
        var phones = new[] { first, new AppleDevice(service.Client), new AppleDevice(service.Client) };
        foreach (var phone in phones)
        {
            using var registered = await phone.RegisterAsync(pass);
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        Assert.Equal(2, await service.CountAsync(
            "SELECT COUNT(*) FROM apple_registrations r JOIN passes p ON p.id = r.pass_id WHERE p.serial_number = @SerialNumber", new { pass.SerialNumber }));
        Assert.Equal([pass.SerialNumber], await phones[2].UpdatedSerialsAsync());
    }

    private async Task<PassView> StoreCardAsync()
    {
        var member = (await MemberRows.InsertAsync(_service.Database(), [new MemberRow()])).Single();
        return (await _service.Services.GetRequiredService<PassRepository>().FindBySerialAsync(member.Serial, CancellationToken.None))!;
    }

    private async Task<IReadOnlyList<string>> DevicesOfAsync(PassView pass) =>
        await _service.QueryAsync<string>(
            "SELECT device_library_identifier FROM apple_registrations WHERE pass_id = @Id ORDER BY device_library_identifier", new { pass.Id });
}
