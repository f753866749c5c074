using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.AppleWebService;

[Trait("Category", "Database")]
public sealed class DeviceRoundTripTests : IAsyncLifetime
{
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task ADeviceInstallsRegistersSeesTheChangeAndFetchesTheNewBalance()
    {
        var device = new AppleDevice(_service.Client);
        var pass = await device.AddFromLandingPageAsync("/join/demo?src=flyer-a", "Alex");
        Assert.Equal(0, pass.Field("points").GetProperty("value").GetInt64());
        Assert.Equal(_service.BaseAddress.ToString().TrimEnd('/') + "/apple", pass.PassJson.GetProperty("webServiceURL").GetString());

        using (var registered = await device.RegisterAsync(pass))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }
        Assert.Equal([pass.SerialNumber], await device.UpdatedSerialsAsync());
        Assert.Empty(await device.UpdatedSerialsAsync());

        await MemberBalances.SetAsync(_service.Services, pass.SerialNumber, 250);

        Assert.Equal([pass.SerialNumber], await device.UpdatedSerialsAsync());
        using var fetched = await device.FetchPassAsync(pass);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal("application/vnd.apple.pkpass", fetched.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(fetched.Content.Headers.LastModified);
        var updated = new PkPassFile(await fetched.Content.ReadAsByteArrayAsync());
        Assert.Equal(250, updated.Field("points").GetProperty("value").GetInt64());
        Assert.Equal(pass.SerialNumber, updated.SerialNumber);
        Assert.Equal(pass.AuthenticationToken, updated.AuthenticationToken);
    }

    [Fact]
    public async Task RegisteringTheSamePassAgainAnswers200()
    {
        var device = new AppleDevice(_service.Client);
        var pass = await device.AddFromLandingPageAsync("/join/demo");

        using var first = await device.RegisterAsync(pass);
        using var second = await device.RegisterAsync(pass);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task AWrongTokenIsRefusedWith401()
    {
        var device = new AppleDevice(_service.Client);
        var pass = await device.AddFromLandingPageAsync("/join/demo");

        using var response = await device.RegisterAsync(pass, token: "WRONGTOKEN0000000000000000000000");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnchangedPassAnswers304ToIfModifiedSince()
    {
        var device = new AppleDevice(_service.Client);
        var pass = await device.AddFromLandingPageAsync("/join/demo");
        using var first = await device.FetchPassAsync(pass);
        var lastModified = first.Content.Headers.LastModified;

        using var again = await device.FetchPassAsync(pass, lastModified);
        await MemberBalances.SetAsync(_service.Services, pass.SerialNumber, 10);
        using var afterChange = await device.FetchPassAsync(pass, lastModified);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterChange.StatusCode);
        Assert.True(afterChange.Content.Headers.LastModified > lastModified);
    }

    [Fact]
    public async Task AChangeInTheSameSecondAsTheFetchStillShowsAsModified()
    {
        var device = new AppleDevice(_service.Client);
        var pass = await device.AddFromLandingPageAsync("/join/demo");
        using var first = await device.FetchPassAsync(pass);

        await MemberBalances.SetAsync(_service.Services, pass.SerialNumber, 1);
        await MemberBalances.SetAsync(_service.Services, pass.SerialNumber, 2);
        using var second = await device.FetchPassAsync(pass, first.Content.Headers.LastModified);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task UnregisteringStopsUpdatesAndTheListIsEmpty()
    {
        var device = new AppleDevice(_service.Client);
        var pass = await device.AddFromLandingPageAsync("/join/demo");
        (await device.RegisterAsync(pass)).Dispose();

        using var removed = await device.UnregisterAsync(pass);
        await MemberBalances.SetAsync(_service.Services, pass.SerialNumber, 5);

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty(await device.UpdatedSerialsAsync());
    }

    [Fact]
    public async Task TheLogEndpointAcceptsDeviceLogs()
    {
        using var response = await _service.Client.PostAsync("/apple/v1/log",
            new StringContent("""{"logs":["Web service error for pass.x: unchanged"]}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ASecondTapOnTheSamePhoneGetsTheSameCard()
    {
        var link = await Shoppers.WalletLinkAsync(_service.Client, "/join/demo");
        using var first = await _service.Client.GetAsync(link);
        var cookie = first.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        using var request = new HttpRequestMessage(HttpMethod.Get, link);
        request.Headers.Add("Cookie", cookie);
        using var second = await _service.Client.SendAsync(request);

        var firstPass = new PkPassFile(await first.Content.ReadAsByteArrayAsync());
        var secondPass = new PkPassFile(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(firstPass.SerialNumber, secondPass.SerialNumber);
    }
}
