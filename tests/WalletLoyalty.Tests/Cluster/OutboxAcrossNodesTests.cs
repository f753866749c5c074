using System.Security.Cryptography;
using Dapper;
using WalletLoyalty.Tests.Fakes;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Cluster;

/// <summary>Both nodes' push dispatchers draining one outbox.</summary>
[Collection(TwoNodeCollection.Name)]
[Trait("Category", "Database")]
public sealed class OutboxAcrossNodesTests
{
    [PostgresFact]
    public async Task TwoDispatchersDrainTwentyThousandPushesTogetherWithoutADuplicate()
    {
        await using var rig = await PushRig.StartAsync();
        await using var nodes = await TwoNodes.StartAsync(Settings(rig, "cluster-outbox-"));
        var tokens = Tokens(20_000);

        await SeedAsync(nodes, rig, tokens);
        await rig.Apns.WaitForDeliveriesAsync(tokens.Count, TimeSpan.FromMinutes(5));
        await nodes.Database.WaitUntilOutboxDrainedAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(tokens.Count, await nodes.Database.CountAsync("SELECT COUNT(*) FROM outbox WHERE status = 'sent'"));
        Assert.Equal(tokens.Count, await nodes.Database.CountAsync("SELECT COUNT(*) FROM outbox"));
        ApnsDeliveries.AssertExactlyOneEach(rig.Apns, tokens);
    }

    [PostgresFact]
    public async Task PushesApnsAnswersLaterThanTheLeaseAreNotTakenBackByTheOtherNode()
    {
        await using var rig = await PushRig.StartAsync();
        var settings = Settings(rig, "cluster-lease-");
        settings["Push:LeaseSeconds"] = "3";
        await using var nodes = await TwoNodes.StartAsync(settings);
        var tokens = Tokens(20);
        foreach (var token in tokens)
        {
            rig.Apns.EnqueueReplies(token, new FakeApnsReply(200, AnswerAfter: TimeSpan.FromSeconds(7)));
        }

        await SeedAsync(nodes, rig, tokens);
        await rig.Apns.WaitForDeliveriesAsync(tokens.Count, TimeSpan.FromMinutes(1));
        await nodes.Database.WaitUntilOutboxDrainedAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(tokens.Count, await nodes.Database.CountAsync("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND attempts = 1"));
        ApnsDeliveries.AssertExactlyOneEach(rig.Apns, tokens);
    }

    private static Dictionary<string, string?> Settings(PushRig rig, string folder)
    {
        var settings = SampleSettings.For(Directory.CreateTempSubdirectory(folder).FullName);
        rig.Configure(settings);
        settings["Campaigns:SchedulerEnabled"] = "false";
        return settings;
    }

    /// <summary>Distinct push tokens as APNs issues them: 64 hex digits.</summary>
    private static IReadOnlyList<string> Tokens(int count) =>
        Enumerable.Range(0, count).Select(i => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i)))).ToList();

    /// <summary>One due pass-update push per token, committed at once, as a burst of changes leaves them.</summary>
    private static async Task SeedAsync(TwoNodes nodes, PushRig rig, IReadOnlyList<string> tokens)
    {
        await using var connection = await nodes.Database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at)
            SELECT 'apns', token, @topic, 'pending', 0, @now, @now FROM unnest(@tokens) AS token
            """,
            new { tokens = tokens.ToArray(), topic = rig.Pki.PassTypeIdentifier, now = DateTimeOffset.UtcNow });
    }
}
