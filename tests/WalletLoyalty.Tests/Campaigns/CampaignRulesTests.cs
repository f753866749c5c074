using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>The program's frequency cap and quiet hours, as the template sets them.</summary>
[Trait("Category", "Database")]
public sealed class CampaignRulesTests
{
    private static async Task<(ServiceHost Service, CampaignClient Marketer)> StartAsync(int cap, (string, string)? quietHours = null)
    {
        var service = await ServiceHost.StartAsync(settings =>
        {
            CampaignTemplates.Use(settings, maxPerMemberPerWeek: cap, quietHours: quietHours);
            settings["Push:DispatcherEnabled"] = "false";
        });
        return (service, await CampaignClient.ForAsync(service));
    }

    [Fact]
    public async Task MembersWhoReachedTheWeeklyCapAreSkippedAndGetNoCoupon()
    {
        var (service, marketer) = await StartAsync(cap: 1);
        await using var _ = service;
        using var __ = marketer;
        await MemberRows.InsertAsync(service.Database(), [new MemberRow { App = true }, new MemberRow { App = true, Google = true }]);
        var first = await marketer.CreateAndScheduleAsync(CampaignClient.Once(DateTimeOffset.UtcNow.AddSeconds(4), "First"));
        await marketer.WaitForStatusAsync(first, "completed");

        var body = CampaignClient.Once(DateTimeOffset.UtcNow.AddSeconds(4), "Second");
        body["coupon"] = new { title = "Free coffee", validDays = 3 };
        var second = await marketer.CreateAndScheduleAsync(body);
        await marketer.WaitForStatusAsync(second, "completed");

        Assert.Equal(3, await service.CountAsync("SELECT COUNT(*) FROM outbox WHERE campaign_id = @first", new { first }));
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM outbox WHERE campaign_id = @second", new { second }));
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM coupons WHERE campaign_id = @second", new { second }));
        var results = await marketer.ResultsAsync(second);
        var app = results.GetProperty("channels").GetProperty("app");
        Assert.Equal(0, app.GetProperty("sent").GetInt64());
        Assert.Equal(2, app.GetProperty("skipped").GetProperty("cap").GetInt64());
        Assert.Equal(1, results.GetProperty("channels").GetProperty("google").GetProperty("skipped").GetProperty("cap").GetInt64());
    }

    [Fact]
    public async Task QuietHoursDeferSendingToTheirEnd()
    {
        var (service, marketer) = await StartAsync(cap: 3, CampaignTemplates.QuietNow());
        await using var _ = service;
        using var __ = marketer;
        await MemberRows.InsertAsync(service.Database(), [new MemberRow { App = true }]);

        var id = await marketer.CreateAndScheduleAsync(CampaignClient.Once(DateTimeOffset.UtcNow.AddSeconds(4)));
        await Eventually.TrueAsync(async () => await service.CountAsync("SELECT COUNT(*) FROM campaign_runs WHERE campaign_id = @id", new { id }) == 1, "the campaign fired");
        var runId = (await service.QueryAsync<long>("SELECT id FROM campaign_runs WHERE campaign_id = @id", new { id }))[0];
        var continuation = await Wait.ForAsync(() => service.TriggerAsync($"campaign-{id}-run-{runId}"), "the run waits for the end of quiet hours");

        Assert.InRange(continuation.NextFireTimeUtc!.Value, DateTimeOffset.UtcNow.AddMinutes(28), DateTimeOffset.UtcNow.AddMinutes(31));
        Assert.Equal("sending", await marketer.StatusAsync(id));
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM outbox WHERE campaign_id = @id", new { id }));
        Assert.Equal(1, await service.CountAsync("SELECT COUNT(*) FROM campaign_recipients WHERE campaign_id = @id AND state = 'pending'", new { id }));
        var skipped = (await marketer.ResultsAsync(id)).GetProperty("channels").GetProperty("app").GetProperty("skipped");
        Assert.Equal(0, skipped.GetProperty("quietHours").GetInt64());
    }
}
