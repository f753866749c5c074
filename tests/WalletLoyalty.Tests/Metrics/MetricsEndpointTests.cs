using System.Net;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Metrics;

[Trait("Category", "Database")]
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task AnEarnIsCountedOnceWithItsPointsEvenWhenTheTillRetriesIt()
    {
        await using var service = await ServiceHost.StartAsync();
        using var till = await TillClient.WithNewKeyAsync(service, "cashier", "maple-street");
        var (_, code) = await Shoppers.JoinAsync(service);

        var (first, _) = await till.EarnAsync(code, 1299, "R-metrics", idempotencyKey: "earn-once");
        var (retry, _) = await till.EarnAsync(code, 1299, "R-metrics", idempotencyKey: "earn-once");
        var scrape = await PrometheusScrape.TakeAsync(service);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(1, scrape.Value("walletloyalty_earns_total", ("program", "demo")));
        Assert.Equal(12, scrape.Value("walletloyalty_earned_points_total", ("program", "demo")));
    }

    [Fact]
    public async Task ARefusedRedemptionIsCountedWithItsKindAndProblemType()
    {
        await using var service = await ServiceHost.StartAsync();
        using var till = await TillClient.WithNewKeyAsync(service, "cashier", "maple-street");
        var (_, code) = await Shoppers.JoinAsync(service);

        var (response, _) = await till.PostJsonAsync("/api/v1/till/redeem", new { code, rewardId = "voucher-20" });
        var scrape = await PrometheusScrape.TakeAsync(service);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, scrape.Value("walletloyalty_redemptions_total", ("kind", "reward"), ("outcome", "insufficient-points")));
        Assert.Null(scrape.Value("walletloyalty_redemptions_total", ("outcome", "redeemed")));
    }

    [Fact]
    public async Task TheOutboxGaugesShowTheDuePushesAndTheOldestWait()
    {
        await using var service = await ServiceHost.StartAsync(s => s["Push:DispatcherEnabled"] = "false");
        var now = DateTimeOffset.UtcNow;
        await using (var connection = await service.Database().OpenAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at)
                VALUES ('apns', @target, 'pass.test', 'pending', 0, @notBefore, @notBefore)
                """,
                new[] { now.AddMinutes(-2), now.AddSeconds(-1), now.AddHours(1) }.Select(n => new { target = "token-" + n.Ticks, notBefore = n }));
        }

        var scrape = await PrometheusScrape.TakeAsync(service);

        Assert.Equal(2, scrape.Value("walletloyalty_outbox_due"));
        Assert.InRange(scrape.Value("walletloyalty_outbox_oldest_wait_seconds") ?? 0, 120, 3600);
    }

    [Fact]
    public async Task ASentPushIsCountedByChannelAndOutcome()
    {
        await using var rig = await PushRig.StartAsync();
        await using var service = await ServiceHost.StartAsync(rig.Configure);
        using var till = await TillClient.WithNewKeyAsync(service, "cashier", "maple-street");
        var device = new AppleDevice(service.Client);
        var pass = await device.AddFromLandingPageAsync("/join/demo");
        (await device.RegisterAsync(pass)).Dispose();

        await till.EarnAsync(pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!, 1000, "R-push-metric");
        await rig.Apns.WaitForDeliveriesAsync(1, TimeSpan.FromSeconds(20));
        await service.WaitUntilOutboxDrainedAsync();

        // The dispatcher counts a round just after committing it, so the scrape may be a moment behind the rows.
        PrometheusScrape? scrape = null;
        await Eventually.TrueAsync(async () =>
            (scrape = await PrometheusScrape.TakeAsync(service)).Value("walletloyalty_pushes_total", ("channel", "apns"), ("outcome", "sent")) is not null,
            "the scrape counts the sent push");
        Assert.Equal(1, scrape!.Value("walletloyalty_pushes_total", ("channel", "apns"), ("outcome", "sent")));
    }

    [Fact]
    public async Task TwoServicesInOneProcessEachExportOnlyTheirOwnCounts()
    {
        await using var earning = await ServiceHost.StartAsync();
        await using var idle = await ServiceHost.StartAsync();
        using var till = await TillClient.WithNewKeyAsync(earning, "cashier", "maple-street");
        var (_, code) = await Shoppers.JoinAsync(earning);

        await till.EarnAsync(code, 1000, "R-own");

        Assert.Equal(1, (await PrometheusScrape.TakeAsync(earning)).Value("walletloyalty_earns_total"));
        Assert.Null((await PrometheusScrape.TakeAsync(idle)).Value("walletloyalty_earns_total"));
    }

    [Fact]
    public async Task WithMetricsTurnedOffThereIsNoMetricsEndpoint()
    {
        await using var service = await ServiceHost.StartAsync(s => s["Metrics:Enabled"] = "false");

        using var response = await service.Client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
