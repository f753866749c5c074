using System.Net;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>Results: audience and hold-out, delivery from the outbox, coupon redemptions and purchases against the hold-out.</summary>
[Trait("Category", "Database")]
public sealed class CampaignResultsTests : IAsyncLifetime
{
    private ServiceHost _service = null!;
    private CampaignClient _marketer = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync(settings =>
        {
            CampaignTemplates.Use(settings);
            settings["Push:DispatcherEnabled"] = "false";
        });
        _marketer = await CampaignClient.ForAsync(_service);
    }

    public async Task DisposeAsync()
    {
        _marketer.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task ResultsCompareTreatedMembersWithTheHoldOut()
    {
        await MemberRows.InsertAsync(_service.Database(), Enumerable.Range(0, 40).Select(i => new MemberRow { Name = $"M{i}", App = true }));
        var body = CampaignClient.Once(DateTimeOffset.UtcNow.AddSeconds(4));
        body["audience"] = new { holdOutPercent = 25 };
        body["coupon"] = new { title = "20 % off", description = "One purchase", validDays = 7 };
        body["channels"] = new[] { "app" };
        var id = await _marketer.CreateAndScheduleAsync(body);
        await _marketer.WaitForStatusAsync(id, "completed");
        var treated = await _service.QueryAsync<string>(
            "SELECT m.member_code FROM campaign_recipients r JOIN members m ON m.id = r.member_id WHERE r.campaign_id = @id AND r.hold_out = FALSE ORDER BY m.id", new { id });
        var heldOut = await _service.QueryAsync<string>(
            "SELECT m.member_code FROM campaign_recipients r JOIN members m ON m.id = r.member_id WHERE r.campaign_id = @id AND r.hold_out = TRUE ORDER BY m.id", new { id });
        var coupon = (await _service.QueryAsync<string>("SELECT code FROM coupons WHERE campaign_id = @id LIMIT 1", new { id }))[0];

        using var till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        foreach (var (code, i) in treated.Take(3).Concat(heldOut.Take(1)).Select((c, i) => (c, i)))
        {
            Assert.Equal(HttpStatusCode.OK, (await till.EarnAsync(code, 1500, $"R-{i}")).Response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await till.PostJsonAsync("/api/v1/till/redeem", new { code = coupon })).Response.StatusCode);
        await using (var connection = await _service.Database().OpenAsync())
        {
            await connection.ExecuteAsync(
                "UPDATE outbox SET status = 'sent', finished_at = @now WHERE id IN (SELECT id FROM outbox WHERE campaign_id = @id ORDER BY id LIMIT 20)", new { id, now = DateTimeOffset.UtcNow });
            await connection.ExecuteAsync(
                "UPDATE outbox SET status = 'failed', finished_at = @now WHERE id IN (SELECT id FROM outbox WHERE campaign_id = @id AND status = 'pending' LIMIT 2)", new { id, now = DateTimeOffset.UtcNow });
        }

        var results = await _marketer.ResultsAsync(id);

        Assert.Equal(30, treated.Count);
        Assert.Equal(10, heldOut.Count);
        Assert.Equal("completed", results.GetProperty("status").GetString());
        Assert.Equal(40, results.GetProperty("audience").GetInt64());
        Assert.Equal(10, results.GetProperty("holdOut").GetInt64());
        Assert.Equal(30, results.GetProperty("progress").GetProperty("total").GetInt64());
        var app = results.GetProperty("channels").GetProperty("app");
        Assert.Equal((30, 20, 2), (app.GetProperty("sent").GetInt64(), app.GetProperty("delivered").GetInt64(), app.GetProperty("failed").GetInt64()));
        Assert.Equal(0, results.GetProperty("channels").GetProperty("apple").GetProperty("sent").GetInt64());
        Assert.Equal(30, results.GetProperty("coupons").GetProperty("issued").GetInt64());
        Assert.Equal(1, results.GetProperty("coupons").GetProperty("redeemed").GetInt64());
        var purchases = results.GetProperty("purchases");
        Assert.Equal(14, purchases.GetProperty("days").GetInt32());
        Assert.Equal((30, 3, 0.1), (purchases.GetProperty("treated").GetProperty("members").GetInt64(),
            purchases.GetProperty("treated").GetProperty("purchasers").GetInt64(), purchases.GetProperty("treated").GetProperty("rate").GetDouble()));
        Assert.Equal((10, 1, 0.1), (purchases.GetProperty("holdOut").GetProperty("members").GetInt64(),
            purchases.GetProperty("holdOut").GetProperty("purchasers").GetInt64(), purchases.GetProperty("holdOut").GetProperty("rate").GetDouble()));

        using var csv = await _marketer.Http.GetAsync($"/api/v1/campaigns/{id}/results.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("campaign_id,channel,audience,hold_out,sent,delivered,failed,skipped_cap,skipped_quiet_hours,skipped_quota,skipped_consent", lines[0]);
        Assert.Contains($"{id},app,40,10,30,20,2,0,0,0,0", lines);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task ARepeatedOfferStillChangesTheCardsOfferField()
    {
        var member = (await MemberRows.InsertAsync(_service.Database(), [new MemberRow { Name = "Ada", Apple = true }]))[0];
        long[] ids = [0, 0];
        for (var i = 0; i < 2; i++)
        {
            var body = CampaignClient.Once(DateTimeOffset.UtcNow.AddSeconds(4), $"Same words {i}");
            body["channels"] = new[] { "apple" };
            ids[i] = await _marketer.CreateAndScheduleAsync(body);
            await _marketer.WaitForStatusAsync(ids[i], "completed");
            await using var connection = await _service.Database().OpenAsync();
            await connection.ExecuteAsync("UPDATE outbox SET status = 'sent' WHERE campaign_id = @id", new { id = ids[i] });
        }

        var offer = (await _service.QueryAsync<string>("SELECT text FROM member_offers WHERE member_id = @Id", member))[0];
        Assert.StartsWith("Hello Ada: You have 0 points (Bronze). (", offer);
        Assert.Equal(3, (await _service.QueryAsync<long>("SELECT version FROM passes WHERE id = (SELECT MIN(id) FROM passes WHERE member_id = @Id)", member))[0]);
        Assert.Equal(1, await _service.CountAsync("SELECT COUNT(*) FROM outbox WHERE campaign_id = @second AND channel = 'apns'", new { second = ids[1] }));
    }
}
