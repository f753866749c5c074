using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Reports;

[Trait("Category", "Database")]
public sealed class InstallsReportTests
{
    [Fact]
    public async Task InstallsAreCountedPerPlatformAndFlyerSource()
    {
        await using var google = await GoogleServiceRig.StartAsync();
        await using var service = await ServiceHost.StartAsync(google.Configure);
        var device = new AppleDevice(service.Client);
        var pass = await device.AddFromJoinLinkAsync("/join/demo/apple?src=flyer-x");
        (await device.RegisterAsync(pass)).Dispose();
        using var joined = await service.Client.GetAsync("/join/demo/google?src=flyer-x");
        var objectId = SaveJwt.VerifiedClaims(joined.Headers.Location!.ToString(), google.Account.PublicKey)
            .GetProperty("payload").GetProperty("loyaltyObjects")[0].GetProperty("id").GetString()!;
        (await service.Client.PostAsync("/google/callbacks", new StringContent(
            google.Signer.SignCallback(GoogleServiceRig.IssuerId, $"{GoogleServiceRig.IssuerId}.demo", objectId)))).Dispose();
        using var marketer = await TillClient.WithNewKeyAsync(service, "marketer");

        using var response = await marketer.GetAsync("/api/v1/programs/demo/installs");
        var flyer = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(r => r.GetProperty("source").GetString() == "flyer-x");

        Assert.Equal(2, flyer.GetProperty("members").GetInt64());
        Assert.Equal(1, flyer.GetProperty("apple").GetProperty("installs").GetInt64());
        Assert.Equal(1, flyer.GetProperty("google").GetProperty("installs").GetInt64());
    }
}
