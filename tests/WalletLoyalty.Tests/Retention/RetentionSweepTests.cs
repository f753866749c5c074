using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Data;
using WalletLoyalty.MemberCare;
using WalletLoyalty.Retention;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Retention;

[Trait("Category", "Database")]
public sealed class RetentionSweepTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-02T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync(s => s["Retention:Enabled"] = "false");

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private IDatabase Database => _service.Services.GetRequiredService<IDatabase>();

    private RetentionSweep Sweep(int batchSize = 3) =>
        new(Database, Options.Create(new RetentionOptions { BatchSize = batchSize }), Options.Create(new MemberCareOptions()),
            _service.Services.GetRequiredService<MemberErasure>(), new FixedTimeProvider(Now));

    [Fact]
    public async Task FinishedWebhookDeliveriesGoWithTheirAttemptsAfterTheirWindowCountedFromTheLastAttempt()
    {
        await using (var connection = await Database.OpenAsync())
        {
            var endpoint = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO webhook_endpoints (program_id, url, secret, enabled, created_at, updated_at)
                VALUES ('demo', 'https://pos.example/hooks', 'x', TRUE, @at, @at) RETURNING id
                """, new { at = Now.AddDays(-100) });
            // (event, status, created days ago, last attempt days ago)
            foreach (var (name, status, created, attempted) in new (string, string, int, int?)[]
            {
                ("old-delivered", "delivered", 40, 40), ("old-failed", "failed", 60, 35), ("old-dropped", "dropped", 31, null),
                ("replayed-lately", "delivered", 90, 2), ("old-but-retrying", "retrying", 45, 44), ("recent", "delivered", 5, 5),
            })
            {
                var delivery = await connection.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, body, status, attempts, last_attempt_at, created_at)
                    VALUES (@endpoint, @name, 'member.updated', '{}', @status, @attempts, @attempted, @created) RETURNING id
                    """,
                    new { endpoint, name, status, attempts = attempted is null ? 0 : 1, attempted = attempted is { } a ? Now.AddDays(-a) : (DateTimeOffset?)null, created = Now.AddDays(-created) });
                if (attempted is { } days)
                {
                    await connection.ExecuteAsync(
                        "INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, duration_ms) VALUES (@delivery, @at, 200, 12)",
                        new { delivery, at = Now.AddDays(-days) });
                }
            }
        }

        var pruned = await Sweep(batchSize: 2).RunAsync(CancellationToken.None);

        Assert.Equal(3, pruned.WebhookDeliveries);
        Assert.Equal(["old-but-retrying", "recent", "replayed-lately"],
            (await QueryAsync("SELECT event_id FROM webhook_deliveries")).Order(StringComparer.Ordinal));
        Assert.Equal(3, await CountAsync("SELECT COUNT(*) FROM webhook_attempts"));
    }

    private async Task<IReadOnlyList<string>> QueryAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        return (await connection.QueryAsync<string>(sql)).ToList();
    }

    private async Task AddOutboxRowAsync(long? campaignId, string channel, string status, DateTimeOffset finishedAt)
    {
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at, finished_at, campaign_id)
            VALUES (@channel, @target, 'topic', @status, 1, @finishedAt, @finishedAt, @finishedAt, @campaignId)
            """,
            new { channel, target = Guid.NewGuid().ToString("N"), status, finishedAt, campaignId });
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    [Fact]
    public async Task OldOutboxRowsArePrunedAndTheCampaignsCountsStayExact()
    {
        const long Campaign = 4242;
        for (var i = 0; i < 7; i++)
        {
            await AddOutboxRowAsync(Campaign, "apns", "sent", Now.AddDays(-30));
        }
        await AddOutboxRowAsync(Campaign, "fcm", "failed", Now.AddDays(-30));
        await AddOutboxRowAsync(Campaign, "apns", "sent", Now.AddDays(-1));
        await AddOutboxRowAsync(null, "apns", "sent", Now.AddDays(-30));
        var results = _service.Services.GetRequiredService<CampaignResultsQuery>();
        var before = (await results.HeadlinesAsync([Campaign], CancellationToken.None))[Campaign];

        var pruned = await Sweep().RunAsync(CancellationToken.None);
        var again = await Sweep().RunAsync(CancellationToken.None);

        Assert.Equal(9, pruned.OutboxRows);
        Assert.Equal(0, again.OutboxRows);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM outbox"));
        Assert.Equal(8, before.Delivered);
        Assert.Equal(before, (await results.HeadlinesAsync([Campaign], CancellationToken.None))[Campaign]);
        Assert.Equal(7, await CountAsync("SELECT count FROM outbox_tallies WHERE campaign_id = 4242 AND channel = 'apns' AND status = 'sent'"));
        Assert.Equal(1, await CountAsync("SELECT count FROM outbox_tallies WHERE campaign_id = 4242 AND channel = 'fcm' AND status = 'failed'"));
    }

    [Fact]
    public async Task PendingAndSendingRowsStayHoweverOldTheyAre()
    {
        await using (var connection = await Database.OpenAsync())
        {
            await connection.ExecuteAsync(
                "INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at) VALUES ('apns', 'a', 't', 'pending', 0, @old, @old)",
                new { old = Now.AddDays(-90) });
        }

        await Sweep().RunAsync(CancellationToken.None);

        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task IdempotencyKeysDeviceLogsNoncesAndNotificationTimesGoAfterTheirWindows()
    {
        await using (var connection = await Database.OpenAsync())
        {
            foreach (var (key, age) in new[] { ("old-1", 31), ("old-2", 45), ("recent", 29) })
            {
                await connection.ExecuteAsync(
                    "INSERT INTO idempotency_keys (api_key_id, idempotency_key, request_hash, status_code, response_body, created_at) VALUES (1, @key, 'h', 200, '{}', @at)",
                    new { key, at = Now.AddDays(-age) });
                await connection.ExecuteAsync("INSERT INTO apple_log_entries (received_at, message) VALUES (@at, 'log')", new { at = Now.AddDays(-age) });
                await connection.ExecuteAsync("INSERT INTO google_callback_nonces (nonce, received_at) VALUES (@key, @at)", new { key, at = Now.AddDays(-age) });
            }
            await connection.ExecuteAsync("INSERT INTO google_notifications (object_id, sent_at) VALUES ('o', @at)", new { at = Now.AddDays(-3) });
            await connection.ExecuteAsync("INSERT INTO google_notifications (object_id, sent_at) VALUES ('o', @at)", new { at = Now.AddHours(-20) });
        }

        var pruned = await Sweep(batchSize: 1).RunAsync(CancellationToken.None);

        Assert.Equal(new RetentionResult(0, 2, 2, 2, 1, 0, 0), pruned);
        Assert.Equal("recent", await ScalarAsync("SELECT idempotency_key FROM idempotency_keys"));
        Assert.Equal("recent", await ScalarAsync("SELECT nonce FROM google_callback_nonces"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM apple_log_entries"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM google_notifications"));
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<string>(sql);
    }
}
