using System.Net;
using System.Text.Json;
using WalletLoyalty.Tests.Fakes;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Webhooks;

/// <summary>
/// Deliveries through the outbox on a fake clock: signed as an integration checks them, retried with exponential
/// back-off that waits for the clock, capped, replayed on request, and never sent to a disabled endpoint.
/// </summary>
[Trait("Category", "Database")]
public sealed class WebhookDeliveryTests
{
    private static async Task<WebhookScenario> StartAsync(Action<Dictionary<string, string?>>? configure = null) =>
        await WebhookScenario.StartAsync(fakeClock: true, configure);

    private static void AssertBackOff(OutboxRow row, DateTimeOffset attemptedAt, double fromSeconds, double toSeconds)
    {
        var waited = (row.NotBefore - attemptedAt).TotalSeconds;
        Assert.True(waited >= fromSeconds - 0.001 && waited <= toSeconds + 0.001, $"the retry waits {waited} s, not {fromSeconds}–{toSeconds} s");
    }

    [Fact]
    public async Task AnEarnIsDeliveredSignedOverTheTimestampAndTheBodyWithItsEventId()
    {
        await using var scenario = await StartAsync();
        var endpointId = await scenario.SubscribeAsync("points.earned");
        var (memberId, code, _) = await scenario.MemberAsync();

        var (earned, answer) = await scenario.Till.EarnAsync(code, 1234, "R-signed");
        var delivery = await scenario.Receiver.NextAsync();

        Assert.Equal(HttpStatusCode.OK, earned.StatusCode);
        Assert.True(delivery.SignatureValid);
        Assert.True(delivery.TimestampFresh);
        Assert.Equal(scenario.Clock!.GetUtcNow().ToUnixTimeSeconds(), delivery.Timestamp);
        Assert.StartsWith("application/json", delivery.ContentType, StringComparison.Ordinal);
        Assert.Equal("points.earned", delivery.Type);
        Assert.Equal(delivery.EventId, delivery.Json.GetProperty("id").GetString());
        Assert.StartsWith("evt_", delivery.EventId, StringComparison.Ordinal);
        Assert.Equal("demo", delivery.Json.GetProperty("programId").GetString());
        Assert.Equal(memberId, delivery.Data.GetProperty("memberId").GetInt64());
        Assert.Equal(12, delivery.Data.GetProperty("points").GetInt64());
        Assert.Equal(answer.GetProperty("balance").GetInt64(), delivery.Data.GetProperty("balance").GetInt64());
        Assert.Equal(answer.GetProperty("entryId").GetInt64(), delivery.Data.GetProperty("entryId").GetInt64());
        Assert.Equal("R-signed", delivery.Data.GetProperty("receiptId").GetString());
        Assert.Equal("maple-street", delivery.Data.GetProperty("storeId").GetString());
        await scenario.OutboxRowAsync(delivery.DeliveryId, 1, "sent");
        var logged = (await scenario.LogAsync(endpointId)).GetProperty("items").EnumerateArray().Single();
        Assert.Equal("delivered", logged.GetProperty("status").GetString());
        Assert.Equal(delivery.EventId, logged.GetProperty("eventId").GetString());
        Assert.Equal(204, logged.GetProperty("attempts").EnumerateArray().Single().GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task ServerErrorsAreRetriedAfterADoublingBackOffThatWaitsForTheClock()
    {
        await using var scenario = await StartAsync();
        var endpointId = await scenario.SubscribeAsync("points.earned");
        var (_, code, _) = await scenario.MemberAsync();
        scenario.Receiver.Script(new FakeWebhookReply(500), new FakeWebhookReply(503));
        var clock = scenario.Clock!;

        await scenario.Till.EarnAsync(code, 500, "R-retried");
        var first = await scenario.Receiver.NextAsync();
        var afterFirst = await scenario.OutboxRowAsync(first.DeliveryId, 1, "pending");
        AssertBackOff(afterFirst, clock.GetUtcNow(), 0.5, 1);
        Assert.Single(scenario.Receiver.Received);

        clock.SetUtcNow(afterFirst.NotBefore);
        var second = await scenario.Receiver.NextAsync();
        var afterSecond = await scenario.OutboxRowAsync(first.DeliveryId, 2, "pending");
        AssertBackOff(afterSecond, clock.GetUtcNow(), 1, 2);

        clock.SetUtcNow(afterSecond.NotBefore);
        var third = await scenario.Receiver.NextAsync();
        await scenario.OutboxRowAsync(first.DeliveryId, 3, "sent");

        Assert.All(new[] { first, second, third }, d => Assert.True(d.Accepted));
        Assert.Equal([first.EventId, first.EventId], new[] { second.EventId, third.EventId });
        Assert.Equal([first.Body, first.Body], new[] { second.Body, third.Body });
        Assert.True(third.Timestamp > first.Timestamp, "each attempt is signed at its own time");
        var logged = (await scenario.LogAsync(endpointId)).GetProperty("items")[0];
        Assert.Equal("delivered", logged.GetProperty("status").GetString());
        Assert.Equal(3, logged.GetProperty("attemptCount").GetInt32());
        var attempts = logged.GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal([500, 503, 204], attempts.Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.Equal("HTTP 500 Internal Server Error", attempts[0].GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, attempts[2].GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task AnEndpointThatDoesNotAnswerInTimeIsTriedAgain()
    {
        await using var scenario = await StartAsync(s => s["Webhooks:TimeoutSeconds"] = "1");
        var endpointId = await scenario.SubscribeAsync("points.earned");
        var (_, code, _) = await scenario.MemberAsync();
        scenario.Receiver.Script(new FakeWebhookReply(204, AnswerAfter: TimeSpan.FromSeconds(30)));

        await scenario.Till.EarnAsync(code, 500, "R-slow");
        var first = await scenario.Receiver.NextAsync();
        var afterFirst = await scenario.OutboxRowAsync(first.DeliveryId, 1, "pending");
        scenario.Clock!.SetUtcNow(afterFirst.NotBefore);
        await scenario.Receiver.NextAsync();
        await scenario.OutboxRowAsync(first.DeliveryId, 2, "sent");

        var attempts = (await scenario.LogAsync(endpointId)).GetProperty("items")[0].GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, attempts[0].GetProperty("statusCode").ValueKind);
        Assert.Equal("no answer within 1 s", attempts[0].GetProperty("error").GetString());
        Assert.Equal(204, attempts[1].GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task AfterTheLastAllowedAttemptADeliveryFailsAndIsNotSentAgain()
    {
        await using var scenario = await StartAsync(s => s["Push:MaxAttempts"] = "2");
        var endpointId = await scenario.SubscribeAsync("points.earned");
        var (_, code, _) = await scenario.MemberAsync();
        scenario.Receiver.Script(new FakeWebhookReply(500), new FakeWebhookReply(500));
        var clock = scenario.Clock!;

        await scenario.Till.EarnAsync(code, 500, "R-failing");
        var first = await scenario.Receiver.NextAsync();
        clock.SetUtcNow((await scenario.OutboxRowAsync(first.DeliveryId, 1, "pending")).NotBefore);
        await scenario.Receiver.NextAsync();
        await scenario.OutboxRowAsync(first.DeliveryId, 2, "failed");

        clock.Advance(TimeSpan.FromHours(1));
        await scenario.Till.EarnAsync(code, 500, "R-later");
        var later = await scenario.Receiver.NextAsync();

        Assert.NotEqual(first.EventId, later.EventId);
        Assert.Equal(2, scenario.Receiver.Received.Count(d => d.EventId == first.EventId));
        var failed = (await scenario.LogAsync(endpointId)).GetProperty("items").EnumerateArray().Single(d => d.GetProperty("eventId").GetString() == first.EventId);
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal(500, failed.GetProperty("lastStatusCode").GetInt32());
    }

    [Fact]
    public async Task AReplaySendsTheSameEventAgainWithAFreshSignatureButNotWhileItIsStillBeingTried()
    {
        await using var scenario = await StartAsync();
        var endpointId = await scenario.SubscribeAsync("points.earned");
        var (_, code, _) = await scenario.MemberAsync();
        scenario.Receiver.Script(new FakeWebhookReply(500));
        var clock = scenario.Clock!;
        await scenario.Till.EarnAsync(code, 500, "R-replayed");
        var first = await scenario.Receiver.NextAsync();
        var retry = await scenario.OutboxRowAsync(first.DeliveryId, 1, "pending");
        var replayPath = $"/api/v1/programs/demo/webhooks/{endpointId}/deliveries/{first.DeliveryId}/replay";

        var (queued, problem) = await scenario.Admin.PostJsonAsync(replayPath, new { });
        Assert.Equal(HttpStatusCode.Conflict, queued.StatusCode);
        Assert.Equal("https://walletloyalty.dev/problems/delivery-queued", problem.GetProperty("type").GetString());

        clock.SetUtcNow(retry.NotBefore);
        await scenario.Receiver.NextAsync();
        await scenario.OutboxRowAsync(first.DeliveryId, 2, "sent");
        clock.Advance(TimeSpan.FromMinutes(10));
        var (replayed, body) = await scenario.Admin.PostJsonAsync(replayPath, new { });
        var again = await scenario.Receiver.NextAsync();

        Assert.Equal(HttpStatusCode.Accepted, replayed.StatusCode);
        Assert.Equal("pending", body.GetProperty("status").GetString());
        Assert.Equal(first.EventId, again.EventId);
        Assert.Equal(first.Body, again.Body);
        Assert.True(again.Accepted, "the replay is signed at its own time, so the receiver's five minutes hold");
        await scenario.OutboxRowAsync(first.DeliveryId, 1, "sent");
        var logged = (await scenario.LogAsync(endpointId)).GetProperty("items")[0];
        Assert.Equal("delivered", logged.GetProperty("status").GetString());
        Assert.Equal(3, logged.GetProperty("attempts").GetArrayLength());
        var (unknown, notFound) = await scenario.Admin.PostJsonAsync($"/api/v1/programs/demo/webhooks/{endpointId}/deliveries/999999/replay", new { });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("https://walletloyalty.dev/problems/not-found", notFound.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ADisabledEndpointGetsNothingNewAndNothingItWasStillOwed()
    {
        await using var scenario = await StartAsync();
        await using var other = await FakeWebhookReceiver.StartAsync(scenario.Clock);
        await scenario.SubscribeAsync("points.earned");
        var otherId = await scenario.SubscribeAsync(other, "points.earned");
        var (_, code, _) = await scenario.MemberAsync();
        using (var disabled = await scenario.Admin.PatchAsync($"/api/v1/programs/demo/webhooks/{otherId}", new { enabled = false }))
        {
            Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        }

        await scenario.Till.EarnAsync(code, 500, "R-while-disabled");
        await scenario.Receiver.NextAsync();
        Assert.Empty(other.Received);
        Assert.Equal(0, await scenario.Service.CountAsync("SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = @otherId", new { otherId }));

        using (var enabled = await scenario.Admin.PatchAsync($"/api/v1/programs/demo/webhooks/{otherId}", new { enabled = true }))
        {
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }
        other.Script(new FakeWebhookReply(500));
        await scenario.Till.EarnAsync(code, 500, "R-then-disabled");
        var owed = await other.NextAsync();
        var retry = await scenario.OutboxRowAsync(owed.DeliveryId, 1, "pending");
        using (var disabledAgain = await scenario.Admin.PatchAsync($"/api/v1/programs/demo/webhooks/{otherId}", new { enabled = false }))
        {
            Assert.Equal(HttpStatusCode.OK, disabledAgain.StatusCode);
        }
        scenario.Clock!.SetUtcNow(retry.NotBefore);
        await scenario.OutboxRowAsync(owed.DeliveryId, 2, "dropped");

        Assert.Single(other.Received);
        var (replay, problem) = await scenario.Admin.PostJsonAsync($"/api/v1/programs/demo/webhooks/{otherId}/deliveries/{owed.DeliveryId}/replay", new { });
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal("https://walletloyalty.dev/problems/webhook-disabled", problem.GetProperty("type").GetString());
        Assert.Equal("dropped", (await scenario.LogAsync(otherId)).GetProperty("items")[0].GetProperty("status").GetString());
    }
}
