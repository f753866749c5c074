using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>The marketer's API: drafts, validation, access per program, the lifecycle's refusals and the Quartz triggers it registers.</summary>
[Trait("Category", "Database")]
public sealed class CampaignApiTests : IAsyncLifetime
{
    private ServiceHost _service = null!;
    private CampaignClient _marketer = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync(settings =>
        {
            CampaignTemplates.Use(settings, secondProgram: true);
            settings["Push:DispatcherEnabled"] = "false";
        });
        _marketer = await CampaignClient.ForAsync(_service);
    }

    public async Task DisposeAsync()
    {
        _marketer.Dispose();
        await _service.DisposeAsync();
    }

    private static Dictionary<string, object?> Later(string name = "Later") => CampaignClient.Once(DateTimeOffset.UtcNow.AddDays(3), name);

    [Fact]
    public async Task ADraftCanBeEditedUntilItIsScheduled()
    {
        var created = await _marketer.CreateAsync(Later());
        var id = created.GetProperty("id").GetInt64();
        Assert.Equal("draft", created.GetProperty("status").GetString());

        var edited = Later("Renamed");
        edited["audience"] = new { tiers = new[] { "Gold" }, holdOutPercent = 10 };
        using (var put = await Put(id, edited))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }
        var (scheduled, body) = await _marketer.ActAsync(id, "schedule");
        using var late = await Put(id, Later("Too late"));

        Assert.Equal(HttpStatusCode.OK, scheduled);
        Assert.Equal("scheduled", body.GetProperty("status").GetString());
        Assert.Equal("Renamed", body.GetProperty("name").GetString());
        Assert.Equal(["Gold"], body.GetProperty("audience").GetProperty("tiers").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("https://walletloyalty.dev/problems/campaign-not-draft", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await _marketer.ActAsync(id, "schedule")).Status);
    }

    [Fact]
    public async Task AnInvalidCampaignIsRefusedWithEveryProblemListed()
    {
        var body = Later();
        body["audience"] = new { tiers = new[] { "Platinum" }, holdOutPercent = 80, birthday = "tomorrow" };
        body["message"] = new { title = "Hi {nickname}", body = "" };
        body["channels"] = Array.Empty<string>();
        body["trigger"] = new { type = "cron", cron = "every friday" };

        var (response, problem) = await _marketer.Http.PostJsonAsync("/api/v1/campaigns", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("https://walletloyalty.dev/problems/invalid", problem.GetProperty("type").GetString());
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ToList();
        Assert.Equal(["audience.birthday", "audience.holdOutPercent", "audience.tiers", "channels", "message", "message.body", "trigger.cron"], errors);
    }

    [Fact]
    public async Task ACronThatFiresEverySecondIsRefused()
    {
        var body = Later();
        body["trigger"] = new { type = "cron", cron = "* * * * * ?" };

        var (response, problem) = await _marketer.Http.PostJsonAsync("/api/v1/campaigns", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most once every 60 minutes", problem.GetProperty("errors").GetProperty("trigger.cron")[0].GetString());
    }

    [Fact]
    public async Task AMessageTranslationNeedsAShopperLanguageATitleABodyAndKnownPlaceholders()
    {
        var body = Later();
        body["message"] = new
        {
            title = "Hello",
            body = "Fresh bread",
            translations = new Dictionary<string, object>
            {
                ["pl"] = new { title = "Cześć {nick}", body = "" },
                ["fr"] = new { title = "Bonjour", body = "Pain frais" },
                ["th"] = new { title = "สวัสดี", body = "ขนมปังสด" },
            },
        };

        var (response, problem) = await _marketer.Http.PostJsonAsync("/api/v1/campaigns", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ToList();
        Assert.Equal(["message.translations.fr", "message.translations.pl", "message.translations.pl.body"], errors);
    }

    [Fact]
    public async Task ALocationWindowNeedsAnEndAfterItsStartTextAndAChannelThatCanUseIt()
    {
        var body = CampaignClient.Location(DateTimeOffset.UtcNow.AddHours(2), DateTimeOffset.UtcNow.AddHours(1));
        body["trigger"] = new { type = "location", from = CampaignClient.Local(DateTimeOffset.UtcNow.AddHours(2)), until = CampaignClient.Local(DateTimeOffset.UtcNow.AddHours(1)), radiusMeters = 5000 };
        body["channels"] = new[] { "google" };

        var (response, problem) = await _marketer.Http.PostJsonAsync("/api/v1/campaigns", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ToList();
        Assert.Equal(["channels", "trigger.radiusMeters", "trigger.relevantText", "trigger.until"], errors);
    }

    [Fact]
    public async Task SchedulingATimeInThePastIsRefused()
    {
        var id = (await _marketer.CreateAsync(CampaignClient.Once(DateTimeOffset.UtcNow.AddMinutes(-5)))).GetProperty("id").GetInt64();

        var (status, problem) = await _marketer.ActAsync(id, "schedule");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("past", problem.GetProperty("errors").GetProperty("trigger.at")[0].GetString());
        Assert.Equal("draft", await _marketer.StatusAsync(id));
    }

    [Fact]
    public async Task AMarketerKeyForAnotherProgramSeesNoneOfThisProgramsCampaigns()
    {
        var id = (await _marketer.CreateAsync(Later())).GetProperty("id").GetInt64();
        using var other = await CampaignClient.ForAsync(_service, "other");
        using var cashier = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street", "demo");

        using var get = await other.Http.GetAsync($"/api/v1/campaigns/{id}");
        var list = await other.GetAsync("/api/v1/campaigns?programId=demo");
        var (create, problem) = await other.Http.PostJsonAsync("/api/v1/campaigns", Later());
        using var forbidden = await cashier.GetAsync("/api/v1/campaigns");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(0, list.GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("programId", out _));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.ActAsync(id, "cancel")).Status);
        Assert.Equal("draft", await _marketer.StatusAsync(id));
    }

    [Fact]
    public async Task DuplicateMakesANewDraftWithTheSameContent()
    {
        var body = Later("Spring");
        body["coupon"] = new { title = "Free coffee", description = "With any pastry", validDays = 5 };
        var id = (await _marketer.CreateAsync(body)).GetProperty("id").GetInt64();
        await _marketer.ActAsync(id, "schedule");

        var (status, copy) = await _marketer.Http.PostJsonAsync($"/api/v1/campaigns/{id}/duplicate", new { });

        Assert.Equal(HttpStatusCode.Created, status.StatusCode);
        Assert.NotEqual(id, copy.GetProperty("id").GetInt64());
        Assert.Equal("draft", copy.GetProperty("status").GetString());
        Assert.Equal("Spring (copy)", copy.GetProperty("name").GetString());
        Assert.Equal("Free coffee", copy.GetProperty("coupon").GetProperty("title").GetString());
        var list = await _marketer.GetAsync("/api/v1/campaigns?programId=demo");
        Assert.Equal([copy.GetProperty("id").GetInt64(), id], list.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).Take(2));
        Assert.Equal(0, list[0].GetProperty("headline").GetProperty("audience").GetInt64());
    }

    [Fact]
    public async Task ACronCampaignFiresInTheProgramsTimeZone()
    {
        var body = Later("Fridays");
        body["trigger"] = new { type = "cron", cron = "0 0 17 ? * FRI" };
        var id = await _marketer.CreateAndScheduleAsync(body);

        var trigger = await _service.TriggerAsync($"campaign-{id}");

        var next = TimeZoneInfo.ConvertTime(trigger!.NextFireTimeUtc!.Value, CampaignClient.Berlin);
        Assert.Equal((DayOfWeek.Friday, 17, 0), (next.DayOfWeek, next.Hour, next.Minute));
        Assert.InRange(next - DateTimeOffset.UtcNow, TimeSpan.Zero, TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task ADailyAutomationRunsEveryDayAtItsLocalTime()
    {
        var body = Later("Birthdays");
        body["trigger"] = new { type = "daily", automation = "birthday", time = "09:30" };
        var id = await _marketer.CreateAndScheduleAsync(body);

        var trigger = await _service.TriggerAsync($"campaign-{id}");

        var next = TimeZoneInfo.ConvertTime(trigger!.NextFireTimeUtc!.Value, CampaignClient.Berlin);
        Assert.Equal((9, 30), (next.Hour, next.Minute));
        Assert.InRange(next - DateTimeOffset.UtcNow, TimeSpan.Zero, TimeSpan.FromDays(1));
        var (paused, _) = await _marketer.ActAsync(id, "pause");
        Assert.Equal(HttpStatusCode.OK, paused);
        Assert.Equal(Quartz.TriggerState.Paused, await (await _service.SchedulerAsync()).GetTriggerState(trigger.Key, default));
        Assert.Equal("scheduled", (await _marketer.ActAsync(id, "resume")).Body.GetProperty("status").GetString());
    }

    private Task<HttpResponseMessage> Put(long id, object body) => _marketer.Http.PutAsync($"/api/v1/campaigns/{id}", body);
}
