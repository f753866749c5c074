using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>Pause, resume and cancel while a campaign is sending: nothing is sent twice, nothing after a cancel.</summary>
[Trait("Category", "Database")]
public sealed class CampaignLifecycleTests : IAsyncLifetime
{
    private const int Audience = 4000;
    private ServiceHost _service = null!;
    private CampaignClient _marketer = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync(settings =>
        {
            CampaignTemplates.Use(settings, maxPerMemberPerWeek: 50);
            // One member per batch: thousands of small transactions, so a pause or cancel always lands mid-send.
            settings["Campaigns:BatchSize"] = "1";
            settings["Push:DispatcherEnabled"] = "false";
        });
        _marketer = await CampaignClient.ForAsync(_service);
        await MemberRows.InsertAsync(_service.Database(), Enumerable.Range(0, Audience).Select(i => new MemberRow { Name = $"M{i}", App = true }));
    }

    public async Task DisposeAsync()
    {
        _marketer.Dispose();
        await _service.DisposeAsync();
    }

    private Task<long> HandledAsync(long id) =>
        _service.CountAsync("SELECT COUNT(*) FROM campaign_recipients WHERE campaign_id = @id AND state = 'done'", new { id });

    private Task<long> MessagesAsync(long id) => _service.CountAsync("SELECT COUNT(*) FROM outbox WHERE campaign_id = @id", new { id });

    private async Task<long> StartedAsync()
    {
        var id = await _marketer.CreateAndScheduleAsync(CampaignClient.Once(DateTimeOffset.UtcNow.AddSeconds(4)));
        await Eventually.TrueAsync(async () => await HandledAsync(id) > 0, "the campaign is sending");
        return id;
    }

    [Fact]
    public async Task PauseStopsSendingMidwayAndResumeFinishesWithoutDuplicates()
    {
        var id = await StartedAsync();

        var (paused, pauseBody) = await _marketer.ActAsync(id, "pause");
        var handledAtPause = await HandledAsync(id);
        await _service.WaitUntilIdleAsync(id);

        Assert.True(paused == HttpStatusCode.OK, pauseBody.ToString());
        Assert.Equal("paused", await _marketer.StatusAsync(id));
        Assert.InRange(handledAtPause, 1, Audience - 1);
        Assert.Equal(handledAtPause, await HandledAsync(id));
        Assert.Equal(handledAtPause, await MessagesAsync(id));

        var (resumed, body) = await _marketer.ActAsync(id, "resume");
        Assert.Equal(HttpStatusCode.OK, resumed);
        Assert.Equal("sending", body.GetProperty("status").GetString());
        // Thousands of one-member batches: generous, since a loaded machine makes each take longer.
        await _marketer.WaitForStatusAsync(id, "completed", TimeSpan.FromMinutes(3));

        Assert.Equal(Audience, await MessagesAsync(id));
        Assert.Equal(Audience, await _service.CountAsync("SELECT COUNT(DISTINCT target) FROM outbox WHERE campaign_id = @id", new { id }));
        var results = await _marketer.ResultsAsync(id);
        Assert.Equal(Audience, results.GetProperty("progress").GetProperty("enqueued").GetInt64());
        Assert.Equal(Audience, results.GetProperty("channels").GetProperty("app").GetProperty("sent").GetInt64());
    }

    [Fact]
    public async Task CancelStopsSendingForGood()
    {
        var id = await StartedAsync();

        var (cancelled, cancelBody) = await _marketer.ActAsync(id, "cancel");
        var handledAtCancel = await HandledAsync(id);
        await _service.WaitUntilIdleAsync(id);

        Assert.True(cancelled == HttpStatusCode.OK, cancelBody.ToString());
        Assert.InRange(handledAtCancel, 1, Audience - 1);
        Assert.Equal(handledAtCancel, await MessagesAsync(id));
        Assert.Equal("cancelled", await _marketer.StatusAsync(id));
        Assert.Equal(1, await _service.CountAsync("SELECT COUNT(*) FROM campaign_runs WHERE campaign_id = @id AND status = 'cancelled'", new { id }));
        Assert.Null(await _service.TriggerAsync($"campaign-{id}"));
        var (resumed, problem) = await _marketer.ActAsync(id, "resume");
        Assert.Equal(HttpStatusCode.Conflict, resumed);
        Assert.Equal("https://walletloyalty.dev/problems/campaign-status", problem.GetProperty("type").GetString());
    }
}
