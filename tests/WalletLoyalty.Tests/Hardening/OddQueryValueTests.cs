using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Hardening;

/// <summary>Cases the fuzz found, kept by name: text a database refuses never reaches it.</summary>
[Trait("Category", "Database")]
public sealed class OddQueryValueTests
{
    [Fact]
    public async Task ListingTheCampaignsOfAProgramIdWithANulCharacterAnswersAnEmptyList()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        using var admin = TillClient.Admin(service);

        using var response = await admin.GetAsync("/api/v1/campaigns?programId=demo%00");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
    }
}
