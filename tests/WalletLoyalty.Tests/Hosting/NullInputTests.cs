using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Hosting;

/// <summary>JSON null where the API wants a value is a 400 naming the field, never a 500.</summary>
[Trait("Category", "Database")]
public sealed class NullInputTests : IAsyncLifetime
{
    private ServiceHost _service = null!;
    private CampaignClient _marketer = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync();
        _marketer = await CampaignClient.ForAsync(_service);
    }

    public async Task DisposeAsync()
    {
        _marketer.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task ANullLogLineIsRefusedWithItsPath()
    {
        using var response = await _service.Client.PostAsync("/apple/v1/log", new StringContent("""{"logs":[null]}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.logs[0]", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("tiers", """{"tiers":null}""", "tiers")]
    [InlineData("tiers", """{"tiers":["Gold",null]}""", "$.audience.tiers[1]")]
    [InlineData("title", null, "title")]
    public async Task ANullInACampaignIsRefusedNamingTheField(string field, string? audience, string named)
    {
        var body = CampaignClient.Once(DateTimeOffset.UtcNow.AddDays(1));
        var json = JsonSerializer.Serialize(body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        json = audience is not null
            ? json.Replace("\"audience\":{}", $"\"audience\":{audience}", StringComparison.Ordinal)
            : json.Replace("\"title\":\"Hello {firstName}\"", "\"title\":null", StringComparison.Ordinal);
        Assert.Contains(field, json, StringComparison.Ordinal);

        using var response = await _marketer.Http.PostRawAsync("/api/v1/campaigns", json);

        var problem = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, problem);
        Assert.True(JsonDocument.Parse(problem).RootElement.TryGetProperty("detail", out var detail), problem);
        Assert.Contains(named, detail.GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"a":[1,[2,null]]}""", "$.a[1][1]")]
    [InlineData("""{"a":[{"b":null}],"c":[3,{"d":[null]}]}""", "$.c[1].d[0]")]
    [InlineData("""[null]""", "$[0]")]
    [InlineData("""{"a":null,"b":[1,"x",true]}""", null)]
    public void TheFirstNullInAListIsFoundWithItsPath(string json, string? path) =>
        Assert.Equal(path, JsonNullsInLists.FirstPath(Encoding.UTF8.GetBytes(json)));
}
