using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace WalletLoyalty.Tests.Support;

/// <summary>A marketer's tool speaking the campaigns API.</summary>
public sealed class CampaignClient(TillClient marketer) : IDisposable
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public TillClient Http => marketer;

    public static async Task<CampaignClient> ForAsync(ServiceHost service, string? programId = null) =>
        new(await TillClient.WithNewKeyAsync(service, "marketer", programId: programId));

    /// <summary>A campaign body that fires once at the given instant, written as the demo program's local time.</summary>
    public static Dictionary<string, object?> Once(DateTimeOffset at, string name = "Test campaign") => new()
    {
        ["programId"] = "demo",
        ["name"] = name,
        ["audience"] = new Dictionary<string, object?>(),
        ["message"] = new { title = "Hello {firstName}", body = "You have {points} points ({tier})." },
        ["coupon"] = null,
        ["channels"] = new[] { "apple", "google", "app" },
        ["trigger"] = new { type = "once", at = Local(at) },
    };

    /// <summary>A location campaign whose window opens and closes at the given instants.</summary>
    public static Dictionary<string, object?> Location(DateTimeOffset from, DateTimeOffset until, string name = "Lunch nearby")
    {
        var body = Once(from, name);
        body["trigger"] = new { type = "location", from = Local(from), until = Local(until), relevantText = "Lunch offer at Maple Street", radiusMeters = 150 };
        return body;
    }

    /// <summary>The instant as the program's local time, rounded up to a whole second so "N seconds ahead" never shrinks.</summary>
    public static string Local(DateTimeOffset at)
    {
        var fraction = at.Ticks % TimeSpan.TicksPerSecond;
        var whole = fraction == 0 ? at : at.AddTicks(TimeSpan.TicksPerSecond - fraction);
        return TimeZoneInfo.ConvertTime(whole, Berlin).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<JsonElement> CreateAsync(object body)
    {
        var (response, json) = await marketer.PostJsonAsync("/api/v1/campaigns", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        return json;
    }

    public async Task<long> CreateAndScheduleAsync(object body)
    {
        var id = (await CreateAsync(body)).GetProperty("id").GetInt64();
        var (response, json) = await marketer.PostJsonAsync($"/api/v1/campaigns/{id}/schedule", new { });
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        return id;
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> ActAsync(long id, string action)
    {
        var (response, json) = await marketer.PostJsonAsync($"/api/v1/campaigns/{id}/{action}", new { });
        return (response.StatusCode, json);
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await marketer.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<string> StatusAsync(long id) => (await GetAsync($"/api/v1/campaigns/{id}")).GetProperty("status").GetString()!;

    public Task<JsonElement> ResultsAsync(long id) => GetAsync($"/api/v1/campaigns/{id}/results");

    public Task WaitForStatusAsync(long id, string status, TimeSpan? timeout = null) =>
        Eventually.TrueAsync(async () => await StatusAsync(id) == status, $"campaign {id} is {status}", timeout ?? TimeSpan.FromSeconds(60));

    public void Dispose() => marketer.Dispose();
}
