using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Cluster;

/// <summary>A campaign on two nodes whose schedulers share one Quartz cluster: it is sent once, even when the node sending it dies.</summary>
[Collection(TwoNodeCollection.Name)]
[Trait("Category", "Database")]
public sealed class CampaignAcrossNodesTests
{
    [PostgresFact]
    public async Task ACampaignWithBothSchedulersOnFiresOnceAndPushesEachDeviceOnce()
    {
        await using var rig = await PushRig.StartAsync();
        await using var nodes = await TwoNodes.StartAsync(Settings(rig, "cluster-campaign-"));
        await MemberRows.InsertAsync(nodes.Database, Enumerable.Range(0, 200).Select(_ => new MemberRow { Apple = true }));
        var tokens = await PushTokensAsync(nodes.Database);
        using var marketer = Marketer(nodes.First);

        var id = await ScheduleSoonAsync(marketer);
        using var watcher = Marketer(nodes.Second);
        await watcher.WaitForStatusAsync(id, "completed", TimeSpan.FromMinutes(2));
        await rig.Apns.WaitForDeliveriesAsync(tokens.Count, TimeSpan.FromMinutes(2));
        await nodes.Database.WaitUntilOutboxDrainedAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, await nodes.Database.CountAsync("SELECT COUNT(*) FROM campaign_runs WHERE campaign_id = @id", new { id }));
        Assert.Equal(tokens.Count, await nodes.Database.CountAsync("SELECT COUNT(*) FROM campaign_recipients WHERE campaign_id = @id AND state = 'done'", new { id }));
        ApnsDeliveries.AssertExactlyOneEach(rig.Apns, tokens);
    }

    [PostgresFact]
    public async Task WhenTheNodeSendingACampaignIsKilledTheOtherFinishesItAndNoMemberIsMessagedTwice()
    {
        await using var rig = await PushRig.StartAsync();
        var settings = Settings(rig, "cluster-campaign-kill-");
        settings["Campaigns:BatchSize"] = "5";
        settings["Campaigns:ClusterCheckinSeconds"] = "1";
        await using var nodes = await TwoNodes.StartAsync(settings);
        await MemberRows.InsertAsync(nodes.Database, Enumerable.Range(0, 600).Select(_ => new MemberRow { Apple = true }));
        var tokens = await PushTokensAsync(nodes.Database);
        using var marketer = Marketer(nodes.First);

        // The brake: a pending push of our own to the device of the 31st member, left uncommitted. The batch that
        // reaches that member waits on it (the outbox keeps one pending push per device), so the sender stops
        // after exactly six batches of five, whatever the machine's speed.
        var braked = Assert.Single(await nodes.Database.QueryAsync<string>(
            """
            SELECT d.push_token FROM apple_devices d
            JOIN apple_registrations r ON r.device_library_identifier = d.device_library_identifier
            JOIN passes p ON p.id = r.pass_id
            ORDER BY p.member_id LIMIT 1 OFFSET 30
            """));
        ClusterNode dying;
        long id;
        await using (var brake = await nodes.Database.OpenAsync())
        await using (var held = await brake.BeginTransactionAsync())
        {
            await brake.ExecuteAsync(
                "INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at) VALUES ('apns', @braked, 'brake', 'pending', 0, @now, @now)",
                new { braked, now = DateTimeOffset.UtcNow }, held);
            id = await ScheduleSoonAsync(marketer);
            await Eventually.TrueAsync(async () => await SendersWaitingAsync(nodes.Database) == 1, "the sender waits at the brake", TimeSpan.FromMinutes(2));
            Assert.Equal(30, await DoneAsync(nodes.Database, id));
            // The pushes owed so far go out first, so the node that dies has none on the wire: a push on the wire
            // when its sender dies is sent again once its lease runs out (at least once, by design).
            await nodes.Database.WaitUntilOutboxDrainedAsync(TimeSpan.FromMinutes(1));
            var sender = await Wait.ForAsync(async () => (await nodes.Database.QueryAsync<string>(
                    "SELECT instance_name FROM qrtz_fired_triggers WHERE job_name = @job AND state = 'EXECUTING'", new { job = $"campaign-{id}" })).FirstOrDefault(),
                "Quartz shows which node runs the campaign");
            dying = nodes.Nodes.Single(n => n.SchedulerInstance == sender);
            await dying.Process.KillAsync();
            await held.RollbackAsync();
        }

        using var watcher = Marketer(nodes.Other(dying));
        await watcher.WaitForStatusAsync(id, "completed", TimeSpan.FromMinutes(3));
        await rig.Apns.WaitForDeliveriesAsync(tokens.Count, TimeSpan.FromMinutes(2));
        await nodes.Database.WaitUntilOutboxDrainedAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, await nodes.Database.CountAsync("SELECT COUNT(*) FROM campaign_runs WHERE campaign_id = @id", new { id }));
        Assert.Equal(tokens.Count, await DoneAsync(nodes.Database, id));
        var outbox = Assert.Single(await nodes.Database.QueryAsync<(long Rows, long Targets, long Sent)>(
            "SELECT COUNT(*), COUNT(DISTINCT target), COUNT(*) FILTER (WHERE status = 'sent') FROM outbox WHERE campaign_id = @id AND channel = 'apns'", new { id }));
        Assert.Equal((tokens.Count, tokens.Count, tokens.Count), outbox);
        ApnsDeliveries.AssertExactlyOneEach(rig.Apns, tokens);
    }

    private static Dictionary<string, string?> Settings(PushRig rig, string folder)
    {
        var settings = SampleSettings.For(Directory.CreateTempSubdirectory(folder).FullName);
        rig.Configure(settings);
        CampaignTemplates.Use(settings);
        return settings;
    }

    private static CampaignClient Marketer(ClusterNode node) => new(new TillClient(node.BaseAddress, SampleSettings.AdminKey));

    /// <summary>Schedules an Apple-only campaign to every member a few seconds ahead, after warming the create and schedule paths on a draft.</summary>
    private static async Task<long> ScheduleSoonAsync(CampaignClient marketer)
    {
        await marketer.CreateAsync(CampaignClient.Once(DateTimeOffset.UtcNow.AddHours(1), "Warm-up"));
        var body = CampaignClient.Once(DateTimeOffset.UtcNow.AddSeconds(5));
        body["channels"] = new[] { "apple" };
        return await marketer.CreateAndScheduleAsync(body);
    }

    private static async Task<IReadOnlyList<string>> PushTokensAsync(IDatabase database) =>
        await database.QueryAsync<string>("SELECT push_token FROM apple_devices");

    /// <summary>Statements of other connections waiting for a lock on outbox rows: a batch held by the brake.</summary>
    private static Task<long> SendersWaitingAsync(IDatabase database) =>
        database.CountAsync("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO outbox%'");

    private static Task<long> DoneAsync(IDatabase database, long id) =>
        database.CountAsync("SELECT COUNT(*) FROM campaign_recipients WHERE campaign_id = @id AND state = 'done'", new { id });
}
