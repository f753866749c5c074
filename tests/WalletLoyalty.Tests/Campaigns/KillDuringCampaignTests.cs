using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>kill -9 while a campaign copies its audience into the outbox: the restart finishes it, one message per member.</summary>
[Trait("Category", "Database")]
public sealed class KillDuringCampaignTests
{
    private const int Audience = 6000;

    [Fact]
    public async Task ACampaignKilledMidSendIsFinishedAfterTheRestartWithExactlyOneMessagePerMember()
    {
        var settings = SampleSettings.For(Directory.CreateTempSubdirectory("kill-campaign-").FullName);
        CampaignTemplates.Use(settings);
        settings["Push:DispatcherEnabled"] = "false";
        settings["Campaigns:BatchSize"] = "10";
        var database = TestEngine.Open(settings);
        long id;
        long queuedAtTheKill;
        await using (var first = await ServiceProcess.StartAsync(settings))
        {
            await MemberRows.InsertAsync(database, Enumerable.Range(0, Audience).Select(_ => new MemberRow { App = true }));
            using var marketer = new CampaignClient(new TillClient(first.BaseAddress, SampleSettings.AdminKey));
            id = await marketer.CreateAndScheduleAsync(CampaignClient.Once(DateTimeOffset.UtcNow.AddSeconds(2)));
            await using var connection = await database.OpenAsync();
            await Eventually.TrueAsync(async () => await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM outbox WHERE campaign_id = @id", new { id }) > 0, "the campaign starts sending", TimeSpan.FromSeconds(60));
            await first.KillAsync();
            queuedAtTheKill = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE campaign_id = @id", new { id });
        }
        Assert.True(queuedAtTheKill < Audience, $"the kill came after the whole audience ({queuedAtTheKill}) was queued");

        await using var second = await ServiceProcess.StartAsync(settings);
        using var again = new CampaignClient(new TillClient(second.BaseAddress, SampleSettings.AdminKey));
        await again.WaitForStatusAsync(id, "completed", TimeSpan.FromSeconds(120));

        await using var after = await database.OpenAsync();
        var queued = await after.QuerySingleAsync<(long Rows, long Targets)>(
            "SELECT COUNT(*), COUNT(DISTINCT target) FROM outbox WHERE campaign_id = @id AND channel = 'fcm'", new { id });
        Assert.Equal((Audience, Audience), (queued.Rows, queued.Targets));
        Assert.Equal(1, await after.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM campaign_runs WHERE campaign_id = @id", new { id }));
    }
}
