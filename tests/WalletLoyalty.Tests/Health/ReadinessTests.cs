using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Health;

[Trait("Category", "Database")]
public sealed class ReadinessTests
{
    [Fact]
    public async Task ReadinessIsHealthyWhenTheDatabaseAnswersTheSchedulerRunsAndNoPushIsLate()
    {
        await using var service = await ServiceHost.StartAsync();
        await service.WaitUntilSchedulerRunsAsync();

        var (status, body) = await ReadyAsync(service.Client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", Check(body, "database").GetProperty("status").GetString());
        Assert.Equal("running", Check(body, "scheduler").GetProperty("description").GetString());
        Assert.Equal(0, Check(body, "outbox").GetProperty("data").GetProperty("due").GetInt64());
    }

    [Fact]
    public async Task AShutDownSchedulerTakesTheNodeOutOfRotation()
    {
        await using var service = await ServiceHost.StartAsync();
        await service.WaitUntilSchedulerRunsAsync();
        await (await service.SchedulerAsync()).Shutdown(waitForJobsToComplete: false);

        var (status, body) = await ReadyAsync(service.Client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var scheduler = Check(body, "scheduler");
        Assert.Equal("Unhealthy", scheduler.GetProperty("status").GetString());
        Assert.Contains("shut down", scheduler.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LivenessAnswersOkWithoutAskingAnything()
    {
        await using var service = await ServiceHost.StartAsync();

        using var response = await service.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadFromJsonAsync<string>());
    }

    [Fact]
    public async Task ANodeWithTheSchedulerTurnedOffReportsItDisabledAndHealthy()
    {
        await using var service = await ServiceHost.StartAsync(s => s["Campaigns:SchedulerEnabled"] = "false");

        var (status, body) = await ReadyAsync(service.Client);

        Assert.Equal(HttpStatusCode.OK, status);
        var scheduler = Check(body, "scheduler");
        Assert.Equal("Healthy", scheduler.GetProperty("status").GetString());
        Assert.StartsWith("disabled", scheduler.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreDuePushesThanTheThresholdDegradeReadinessButKeepItServing()
    {
        await using var service = await ServiceHost.StartAsync(s =>
        {
            WithOutboxOnly(s);
            s["Health:OutboxBacklogDegraded"] = "2";
        });
        var now = DateTimeOffset.UtcNow;
        await InsertPendingAsync(service, now.AddSeconds(-1), now.AddSeconds(-1), now.AddSeconds(-1));
        await InsertPendingAsync(service, now.AddHours(1));

        var (status, body) = await ReadyAsync(service.Client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        var outbox = Check(body, "outbox");
        Assert.Equal("Degraded", outbox.GetProperty("status").GetString());
        Assert.Equal(3, outbox.GetProperty("data").GetProperty("due").GetInt64());
    }

    [Fact]
    public async Task ADuePushWaitingLongerThanTheLimitDegradesReadiness()
    {
        await using var service = await ServiceHost.StartAsync(WithOutboxOnly);
        await InsertPendingAsync(service, DateTimeOffset.UtcNow.AddMinutes(-10));

        var (status, body) = await ReadyAsync(service.Client);

        Assert.Equal(HttpStatusCode.OK, status);
        var outbox = Check(body, "outbox");
        Assert.Equal("Degraded", outbox.GetProperty("status").GetString());
        Assert.Equal(1, outbox.GetProperty("data").GetProperty("due").GetInt64());
        Assert.True(outbox.GetProperty("data").GetProperty("oldestWaitSeconds").GetDouble() >= 600);
    }

    /// <summary>No dispatcher empties the outbox, and no scheduler still starting makes readiness wait.</summary>
    private static void WithOutboxOnly(Dictionary<string, string?> settings)
    {
        settings["Push:DispatcherEnabled"] = "false";
        settings["Campaigns:SchedulerEnabled"] = "false";
    }

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    internal static JsonElement Check(JsonElement body, string name) =>
        body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static async Task InsertPendingAsync(ServiceHost service, params DateTimeOffset[] notBefore)
    {
        await using var connection = await service.Database().OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at)
            VALUES ('apns', @target, 'pass.test', 'pending', 0, @notBefore, @notBefore)
            """,
            notBefore.Select(n => new { target = "token-" + Guid.NewGuid().ToString("N"), notBefore = n }));
    }
}
