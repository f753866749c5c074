using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Reports;

[Trait("Category", "Database")]
public sealed class ProgramsApiTests
{
    [Fact]
    public async Task AMarketerSeesTheProgramsTiersAndTimeZone()
    {
        await using var service = await ServiceHost.StartAsync();
        using var marketer = await TillClient.WithNewKeyAsync(service, "marketer", programId: "demo");

        using var response = await marketer.GetAsync("/api/v1/programs");
        var demo = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList());

        Assert.Equal("demo", demo.GetProperty("id").GetString());
        Assert.Equal("Europe/Berlin", demo.GetProperty("timeZone").GetString());
        Assert.Equal(["Bronze", "Silver", "Gold"], demo.GetProperty("tiers").EnumerateArray().Select(t => t.GetString()));
    }
}
