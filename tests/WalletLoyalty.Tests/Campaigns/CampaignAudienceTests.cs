using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>Who a campaign reaches: each audience filter, the live count, and the daily automations' own rules.</summary>
[Trait("Category", "Database")]
public sealed class CampaignAudienceTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, CampaignClient.Berlin).DateTime);
    private ServiceHost _service = null!;
    private CampaignClient _marketer = null!;
    private IReadOnlyList<InsertedMember> _members = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync(settings =>
        {
            CampaignTemplates.Use(settings);
            settings["Push:DispatcherEnabled"] = "false";
        });
        _marketer = await CampaignClient.ForAsync(_service);
        var now = DateTimeOffset.UtcNow;
        var otherDayThisMonth = new DateOnly(1990, Today.Month, Today.Day == 1 ? 2 : 1);
        _members = await MemberRows.InsertAsync(_service.Database(),
        [
            new MemberRow { Name = "Gold Apple", Tier = "Gold", Points = 1600, Source = "flyer-a", Birthday = $"1985-{Today:MM-dd}", Apple = true, JoinedAt = now.AddDays(-700) },
            new MemberRow { Name = "New Google", Points = 50, Source = "flyer-b", Birthday = otherDayThisMonth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Google = true, JoinedAt = now.AddDays(-10) },
            new MemberRow { Name = "Busy App", Tier = "Silver", Points = 600, App = true, JoinedAt = now.AddDays(-400) },
        ]);
        await PurchaseAsync(_members[0], now.AddDays(-100));
        await PurchaseAsync(_members[2], now.AddDays(-300));
        await PurchaseAsync(_members[2], now.AddDays(-1));
    }

    public async Task DisposeAsync()
    {
        _marketer.Dispose();
        await _service.DisposeAsync();
    }

    private async Task PurchaseAsync(InsertedMember member, DateTimeOffset at)
    {
        await using var connection = await _service.Database().OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO ledger_entries (program_id, member_id, kind, points, balance_after, amount_minor, currency, occurred_at) VALUES ('demo', @Id, 'earn', 10, 10, 1000, 'EUR', @at)",
            new { member.Id, at });
    }

    private async Task<(long Count, long HoldOut)> CountAsync(object audience)
    {
        var (response, body) = await _marketer.Http.PostJsonAsync("/api/v1/campaigns/audience-count", new { programId = "demo", audience });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (body.GetProperty("count").GetInt64(), body.GetProperty("holdOut").GetInt64());
    }

    [Fact]
    public async Task TheAudienceCountNarrowsByEachFilter()
    {
        var monthAgo = Today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal((3, 2), await CountAsync(new { holdOutPercent = 50 }));
        Assert.Equal(1, (await CountAsync(new { tiers = new[] { "Gold" } })).Count);
        Assert.Equal(2, (await CountAsync(new { minPoints = 100 })).Count);
        Assert.Equal(1, (await CountAsync(new { maxPoints = 100 })).Count);
        Assert.Equal(1, (await CountAsync(new { inactiveDays = 30 })).Count);
        Assert.Equal(1, (await CountAsync(new { birthday = "today" })).Count);
        Assert.Equal(2, (await CountAsync(new { birthday = "month" })).Count);
        Assert.Equal(2, (await CountAsync(new { sources = new[] { "flyer-a", "flyer-b" } })).Count);
        Assert.Equal(1, (await CountAsync(new { platforms = new[] { "apple" } })).Count);
        Assert.Equal(2, (await CountAsync(new { platforms = new[] { "google", "app" } })).Count);
        Assert.Equal(1, (await CountAsync(new { joinedAfter = monthAgo })).Count);
        Assert.Equal(2, (await CountAsync(new { joinedBefore = monthAgo })).Count);
        Assert.Equal(0, (await CountAsync(new { tiers = new[] { "Gold" }, platforms = new[] { "app" } })).Count);
    }

    [Fact]
    public async Task AnInvalidAudienceIsNotCounted()
    {
        var (response, problem) = await _marketer.Http.PostJsonAsync("/api/v1/campaigns/audience-count", new { programId = "demo", audience = new { platforms = new[] { "fax" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("audience.platforms", out _));
    }

    [Fact]
    public async Task AMarketerSetsTheBirthdayAndFirstNameCampaignsUse()
    {
        var member = _members[2];
        var path = $"/api/v1/programs/demo/members/{member.Id}";

        using var updated = await _marketer.Http.PatchAsync(path, new { firstName = "  Robin ", birthday = $"1992-{Today:MM-dd}" });
        using var future = await _marketer.Http.PatchAsync(path, new { birthday = Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        using var missing = await _marketer.Http.PatchAsync("/api/v1/programs/demo/members/999999", new { firstName = "Nobody" });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var profile = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Robin", profile.GetProperty("firstName").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(2, (await CountAsync(new { birthday = "today" })).Count);
        using var cleared = await _marketer.Http.PatchAsync(path, new { birthday = "" });
        Assert.Null((await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("birthday").GetString());
        Assert.Equal("Robin", (await _service.QueryAsync<string>("SELECT first_name FROM members WHERE id = @Id", member))[0]);
    }

    [Theory]
    [InlineData("birthday", null, 0)]
    [InlineData("winback", 30, 0)]
    [InlineData("welcome", 7, 1)]
    public async Task ADailyAutomationReachesItsMembersOnceAcrossDays(string automation, int? days, int expected)
    {
        if (automation == "welcome")
        {
            var newcomer = (await MemberRows.InsertAsync(_service.Database(), [new MemberRow { Name = "Newcomer", App = true, JoinedAt = DateTimeOffset.UtcNow.AddDays(-3) }]))[0];
            await PurchaseAsync(newcomer, DateTimeOffset.UtcNow.AddDays(-2));
            _members = [.. _members, newcomer];
            expected = 3;
        }
        var body = CampaignClient.Once(DateTimeOffset.UtcNow, automation);
        body["trigger"] = new { type = "daily", automation, time = LocalTimeHoursAway(12), days };
        var id = await _marketer.CreateAndScheduleAsync(body);
        var runner = _service.Services.GetRequiredService<CampaignRunner>();

        var today = await RunAsync(runner, id, DateTimeOffset.UtcNow);
        var tomorrow = await RunAsync(runner, id, DateTimeOffset.UtcNow.AddSeconds(1));

        Assert.Equal([_members[expected].Id], today);
        Assert.Empty(tomorrow);
        Assert.Equal("scheduled", await _marketer.StatusAsync(id));
    }

    private async Task<IReadOnlyList<long>> RunAsync(CampaignRunner runner, long campaignId, DateTimeOffset scheduledFor)
    {
        var runId = await runner.FireAsync(campaignId, scheduledFor, CancellationToken.None);
        Assert.NotNull(runId);
        Assert.Equal(RunProgress.Completed, (await runner.ContinueAsync(runId.Value, CancellationToken.None)).Progress);
        return await _service.QueryAsync<long>("SELECT member_id FROM campaign_recipients WHERE run_id = @runId ORDER BY member_id", new { runId });
    }

    private static string LocalTimeHoursAway(int hours) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddHours(hours), CampaignClient.Berlin).ToString("HH:mm", CultureInfo.InvariantCulture);
}
