using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>Schedules live in the database: they survive restarts, and a firing missed while the service was down follows the misfire policy.</summary>
[Trait("Category", "Database")]
public sealed class CampaignRestartTests
{
    private static (Dictionary<string, string?> Settings, IDatabase Database) NewService(string? graceMinutes = null)
    {
        var data = Directory.CreateTempSubdirectory("campaign-restart-").FullName;
        var settings = SampleSettings.For(data);
        CampaignTemplates.Use(settings);
        settings["Push:DispatcherEnabled"] = "false";
        if (graceMinutes is not null)
        {
            settings["Campaigns:MisfireGraceMinutes"] = graceMinutes;
        }
        return (settings, TestEngine.Open(settings));
    }

    /// <summary>Schedules a campaign that many seconds ahead, then kills the service before it fires.</summary>
    private static async Task<(long Id, DateTimeOffset Due)> ScheduleThenKillAsync(Dictionary<string, string?> settings, IDatabase database, int seconds)
    {
        await using var first = await ServiceProcess.StartAsync(settings);
        await MemberRows.InsertAsync(database, [new MemberRow { App = true }, new MemberRow { App = true }, new MemberRow { Google = true }]);
        using var marketer = new CampaignClient(new TillClient(first.BaseAddress, SampleSettings.AdminKey));
        // Warm the create and schedule paths on a draft, so the budget below is spent on the campaign itself.
        await marketer.CreateAsync(CampaignClient.Once(DateTimeOffset.UtcNow.AddHours(1), "Warm-up"));
        var due = DateTimeOffset.UtcNow.AddSeconds(seconds);
        var id = await marketer.CreateAndScheduleAsync(CampaignClient.Once(due));
        await first.KillAsync();
        Assert.True(DateTimeOffset.UtcNow < due, "the service was killed before the campaign was due");
        return (id, due);
    }

    private static async Task<long> CountAsync(IDatabase database, string sql, object parameters)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    private static async Task WaitUntilPastAsync(DateTimeOffset instant)
    {
        var wait = instant - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    [Fact]
    public async Task ACampaignDueWhileTheServiceWasDownFiresLateWithinTheGraceWindow()
    {
        var (settings, database) = NewService();
        var (id, due) = await ScheduleThenKillAsync(settings, database, 6);
        await WaitUntilPastAsync(due.AddSeconds(2));

        await using var second = await ServiceProcess.StartAsync(settings);
        using var marketer = new CampaignClient(new TillClient(second.BaseAddress, SampleSettings.AdminKey));
        await marketer.WaitForStatusAsync(id, "completed");

        Assert.Equal(3, await CountAsync(database, "SELECT COUNT(*) FROM outbox WHERE campaign_id = @id", new { id }));
        Assert.Equal(1, await CountAsync(database, "SELECT COUNT(*) FROM campaign_runs WHERE campaign_id = @id AND started_at > scheduled_for", new { id }));
    }

    [Fact]
    public async Task ACampaignDueLongerAgoThanTheGraceWindowIsMarkedMissedAndSendsNothing()
    {
        var (settings, database) = NewService(graceMinutes: "0.05");
        var (id, due) = await ScheduleThenKillAsync(settings, database, 6);
        await WaitUntilPastAsync(due.AddSeconds(5));

        await using var second = await ServiceProcess.StartAsync(settings);
        using var marketer = new CampaignClient(new TillClient(second.BaseAddress, SampleSettings.AdminKey));
        await marketer.WaitForStatusAsync(id, "missed");

        Assert.Equal(0, await CountAsync(database, "SELECT COUNT(*) FROM outbox WHERE campaign_id = @id", new { id }));
        Assert.Equal(1, await CountAsync(database, "SELECT COUNT(*) FROM campaign_runs WHERE campaign_id = @id AND status = 'missed'", new { id }));
    }

    [Fact]
    public async Task ACampaignScheduledBeforeARestartFiresAfterIt()
    {
        var data = Directory.CreateTempSubdirectory("campaign-restart-").FullName;
        void Configure(Dictionary<string, string?> settings)
        {
            CampaignTemplates.Use(settings);
            settings["Push:DispatcherEnabled"] = "false";
        }
        long id;
        await using (var first = await ServiceHost.StartAsync(Configure, data))
        {
            await MemberRows.InsertAsync(first.Database(), [new MemberRow { App = true }]);
            using var marketer = await CampaignClient.ForAsync(first);
            id = await marketer.CreateAndScheduleAsync(CampaignClient.Once(DateTimeOffset.UtcNow.AddSeconds(10)));
            Assert.Equal("scheduled", await marketer.StatusAsync(id));
        }
        var stopped = DateTimeOffset.UtcNow;

        await using var second = await ServiceHost.StartAsync(Configure, data);
        using var again = new CampaignClient(new TillClient(second.BaseAddress, SampleSettings.AdminKey));
        await again.WaitForStatusAsync(id, "completed");

        Assert.Equal(1, await second.CountAsync("SELECT COUNT(*) FROM outbox WHERE campaign_id = @id AND channel = 'fcm'", new { id }));
        var run = Assert.Single(await second.QueryAsync<DateTimeOffset>("SELECT started_at FROM campaign_runs WHERE campaign_id = @id", new { id }));
        Assert.True(run > stopped, $"the run started at {run:O}, after the first service stopped at {stopped:O}");
    }
}
