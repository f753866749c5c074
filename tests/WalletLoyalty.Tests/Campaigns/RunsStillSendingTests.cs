using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>What a restart continues: a run still sending, and only while its campaign is sending too.</summary>
[Trait("Category", "Database")]
public sealed class RunsStillSendingTests
{
    [Fact]
    public async Task OnlyTheSendingRunsOfSendingCampaignsAreContinued()
    {
        await using var service = await ServiceHost.StartAsync(settings =>
        {
            settings["Push:DispatcherEnabled"] = "false";
            settings["Campaigns:SchedulerEnabled"] = "false";
        });
        var store = service.Services.GetRequiredService<CampaignStore>();
        var sending = await CampaignAsync(store, "Sending", "sending");
        var paused = await CampaignAsync(store, "Paused", "paused");
        var now = DateTimeOffset.UtcNow;
        await using var connection = await service.Database().OpenAsync();
        async Task<long> RunAsync(long campaignId, string status, int hoursAgo) =>
            await connection.ExecuteScalarAsync<long>(
                "INSERT INTO campaign_runs (campaign_id, scheduled_for, status, started_at) VALUES (@campaignId, @scheduledFor, @status, @now) RETURNING id",
                new { campaignId, scheduledFor = now.AddHours(-hoursAgo), status, now });
        var open = await RunAsync(sending, "sending", 1);
        await RunAsync(sending, "completed", 2);
        await RunAsync(paused, "sending", 1);

        var runs = await store.RunsStillSendingAsync(CancellationToken.None);

        Assert.Equal([(open, sending)], runs);
    }

    private static async Task<long> CampaignAsync(CampaignStore store, string name, string status)
    {
        var campaign = await store.CreateAsync(new CampaignDraft { ProgramId = "demo", Name = name }, new WalletLoyalty.Audit.Actor(0, "test"), CancellationToken.None);
        Assert.True(await store.TransitionAsync(campaign.Id, ["draft"], status, CancellationToken.None));
        return campaign.Id;
    }
}
