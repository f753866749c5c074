using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Consent;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>Campaigns and automations are marketing: they reach only members who consented, and stop for one who withdraws.</summary>
[Trait("Category", "Database")]
public sealed class CampaignConsentTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, CampaignClient.Berlin).DateTime);
    private ServiceHost _service = null!;
    private CampaignClient _marketer = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync(settings =>
        {
            CampaignTemplates.Use(settings);
            settings["Push:DispatcherEnabled"] = "false";
        });
        _marketer = await CampaignClient.ForAsync(_service);
    }

    public async Task DisposeAsync()
    {
        _marketer.Dispose();
        await _service.DisposeAsync();
    }

    private CampaignRunner Runner => _service.Services.GetRequiredService<CampaignRunner>();

    private async Task<long> CampaignAsync(object? trigger = null)
    {
        // Due in an hour, so the scheduler leaves it to the test, which fires it itself.
        var body = CampaignClient.Once(DateTimeOffset.UtcNow.AddHours(1));
        if (trigger is not null)
        {
            body["trigger"] = trigger;
        }
        return await _marketer.CreateAndScheduleAsync(body);
    }

    private async Task<long> FireAsync(long campaignId)
    {
        var runId = await Runner.FireAsync(campaignId, DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.NotNull(runId);
        return runId.Value;
    }

    private async Task<IReadOnlyList<string>> MessagedTargetsAsync(long campaignId) =>
        await _service.QueryAsync<string>("SELECT target FROM outbox WHERE campaign_id = @campaignId ORDER BY target", new { campaignId });

    [Fact]
    public async Task ACampaignReachesOnlyTheMembersWhoConsented()
    {
        var members = await MemberRows.InsertAsync(_service.Database(),
        [
            new MemberRow { Name = "Yes", App = true, Google = true },
            new MemberRow { Name = "No", App = true, Google = true, Apple = true, MarketingConsent = false },
        ]);
        var (count, body) = await _marketer.Http.PostJsonAsync("/api/v1/campaigns/audience-count", new { programId = "demo", audience = new { } });
        Assert.Equal(HttpStatusCode.OK, count.StatusCode);
        count.Dispose();
        Assert.Equal(1, body.GetProperty("count").GetInt64());
        var id = await CampaignAsync();

        var runId = await FireAsync(id);
        Assert.Equal(RunProgress.Completed, (await Runner.ContinueAsync(runId, CancellationToken.None)).Progress);

        Assert.Equal([members[0].Id], await _service.QueryAsync<long>("SELECT member_id FROM campaign_recipients WHERE run_id = @runId", new { runId }));
        Assert.Equal(new[] { members[0].GoogleObject!, members[0].FcmToken! }.Order(StringComparer.Ordinal), await MessagedTargetsAsync(id));
    }

    [Fact]
    public async Task ABirthdayAutomationSkipsAMemberWhoDidNotConsent()
    {
        var birthday = $"1990-{Today:MM-dd}";
        var members = await MemberRows.InsertAsync(_service.Database(),
        [
            new MemberRow { Name = "Yes", App = true, Birthday = birthday },
            new MemberRow { Name = "No", App = true, Birthday = birthday, MarketingConsent = false },
        ]);
        var time = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddHours(12), CampaignClient.Berlin).ToString("HH:mm", CultureInfo.InvariantCulture);
        var id = await CampaignAsync(new { type = "daily", automation = "birthday", time });

        var runId = await FireAsync(id);
        await Runner.ContinueAsync(runId, CancellationToken.None);

        Assert.Equal([members[0].Id], await _service.QueryAsync<long>("SELECT member_id FROM campaign_recipients WHERE run_id = @runId", new { runId }));
        Assert.Equal([members[0].FcmToken!], await MessagedTargetsAsync(id));
    }

    [Fact]
    public async Task AMemberWhoWithdrawsAfterTheRunSelectedThemGetsNothingAndIsCountedAsSkipped()
    {
        var members = await MemberRows.InsertAsync(_service.Database(), [new MemberRow { Name = "Stays", App = true }, new MemberRow { Name = "Leaves", App = true }]);
        var id = await CampaignAsync();
        var runId = await FireAsync(id);
        Assert.Equal(2, await _service.CountAsync("SELECT COUNT(*) FROM campaign_recipients WHERE run_id = @runId AND state = 'pending'", new { runId }));

        var consents = _service.Services.GetRequiredService<MemberConsents>();
        Assert.True(await consents.SetAsync(new MemberConsent(members[1].Id, "demo", true), false, "2026-12", ConsentChannels.Member, CancellationToken.None));
        await Runner.ContinueAsync(runId, CancellationToken.None);

        Assert.Equal([members[0].FcmToken!], await MessagedTargetsAsync(id));
        Assert.Equal("consent", Assert.Single(await _service.QueryAsync<string>(
            "SELECT app FROM campaign_recipients WHERE run_id = @runId AND member_id = @Id", new { runId, members[1].Id })));
        Assert.Equal(0, await _service.CountAsync("SELECT COUNT(*) FROM coupons WHERE member_id = @Id", new { members[1].Id }));
        var app = (await _marketer.ResultsAsync(id)).GetProperty("channels").GetProperty("app");
        Assert.Equal(1, app.GetProperty("sent").GetInt64());
        Assert.Equal(1, app.GetProperty("skipped").GetProperty("consent").GetInt64());
    }
}
