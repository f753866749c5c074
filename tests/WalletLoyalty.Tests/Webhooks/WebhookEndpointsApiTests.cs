using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Webhooks;

/// <summary>An admin registers, lists, changes, rotates and deletes a program's webhook endpoints; bad input loses nothing.</summary>
[Trait("Category", "Database")]
public sealed class WebhookEndpointsApiTests : IAsyncLifetime
{
    private WebhookScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await WebhookScenario.StartAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    private TillClient Admin => _scenario.Admin;

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task TheSecretIsShownOnlyWhenTheEndpointIsCreatedAndTheListShowsTheRest()
    {
        var (created, body) = await Admin.PostJsonAsync("/api/v1/programs/demo/webhooks",
            new { url = "https://crm.example.com/hooks", events = new[] { "points.earned", "member.joined" }, description = "CRM" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("whsec_", body.GetProperty("secret").GetString(), StringComparison.Ordinal);
        var id = body.GetProperty("id").GetInt64();
        using var listed = await Admin.GetAsync("/api/v1/programs/demo/webhooks");
        var item = (await JsonOf(listed)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id);
        Assert.Equal("https://crm.example.com/hooks", item.GetProperty("url").GetString());
        Assert.Equal(["member.joined", "points.earned"], item.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("CRM", item.GetProperty("description").GetString());
        Assert.True(item.GetProperty("enabled").GetBoolean());
        Assert.False(item.TryGetProperty("secret", out _));
        using var one = await Admin.GetAsync($"/api/v1/programs/demo/webhooks/{id}");
        Assert.False((await JsonOf(one)).TryGetProperty("secret", out _));
        Assert.Equal(1, await _scenario.Service.CountAsync("SELECT COUNT(*) FROM audit_events WHERE action = 'webhook.created'"));
        Assert.Equal(0, await _scenario.Service.CountAsync("SELECT COUNT(*) FROM webhook_endpoints WHERE secret LIKE 'whsec_%'"));
    }

    [Fact]
    public async Task AnUnknownEventNoEventsOrABadUrlIsRefusedNamingEveryFieldAndNothingIsStored()
    {
        var (refused, problem) = await Admin.PostJsonAsync("/api/v1/programs/demo/webhooks",
            new { url = "ftp://crm.example.com/hooks", events = new[] { "points.spent" }, description = new string('x', 201) });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("https://walletloyalty.dev/problems/invalid", problem.GetProperty("type").GetString());
        Assert.Equal(["description", "events", "url"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var (empty, emptyProblem) = await Admin.PostJsonAsync("/api/v1/programs/demo/webhooks", new { url = "https://crm.example.com/hooks", events = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True(emptyProblem.GetProperty("errors").TryGetProperty("events", out _));
        using var broken = await Admin.PostRawAsync("/api/v1/programs/demo/webhooks", "{\"url\":");
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("https://walletloyalty.dev/problems/bad-json", (await JsonOf(broken)).GetProperty("type").GetString());
        Assert.Equal(0, await _scenario.Service.CountAsync("SELECT COUNT(*) FROM webhook_endpoints"));
        var (unknown, _) = await Admin.PostJsonAsync("/api/v1/programs/nowhere/webhooks", new { url = "https://crm.example.com/hooks", events = new[] { "points.earned" } });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task AChangeKeepsWhatItLeavesOutAndADeletedEndpointIsGone()
    {
        var id = await _scenario.SubscribeAsync("points.earned");

        using var changed = await Admin.PatchAsync($"/api/v1/programs/demo/webhooks/{id}", new { events = new[] { "coupon.redeemed", "points.redeemed" }, enabled = false });
        var body = await JsonOf(changed);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(["coupon.redeemed", "points.redeemed"], body.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.False(body.GetProperty("enabled").GetBoolean());
        Assert.Equal(_scenario.Receiver.Url, body.GetProperty("url").GetString());
        Assert.Equal("test integration", body.GetProperty("description").GetString());
        using var badChange = await Admin.PatchAsync($"/api/v1/programs/demo/webhooks/{id}", new { events = new[] { "nope" } });
        Assert.Equal(HttpStatusCode.BadRequest, badChange.StatusCode);
        Assert.Equal("https://walletloyalty.dev/problems/invalid", (await JsonOf(badChange)).GetProperty("type").GetString());

        using var deleted = await Admin.SendDeleteAsync($"/api/v1/programs/demo/webhooks/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var again = await Admin.SendDeleteAsync($"/api/v1/programs/demo/webhooks/{id}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("https://walletloyalty.dev/problems/not-found", (await JsonOf(again)).GetProperty("type").GetString());
        using var listed = await Admin.GetAsync("/api/v1/programs/demo/webhooks");
        Assert.Empty((await JsonOf(listed)).GetProperty("items").EnumerateArray());
        using var rotated = await Admin.PostAsync($"/api/v1/programs/demo/webhooks/{id}/secret", new { });
        Assert.Equal(HttpStatusCode.NotFound, rotated.StatusCode);
    }

    [Fact]
    public async Task TheDeliveryLogPagesBackNewestFirst()
    {
        var id = await _scenario.SubscribeAsync("points.earned");
        await using (var connection = await _scenario.Service.Database().OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            for (var i = 0; i < WalletLoyalty.Webhooks.WebhookDeliveries.PageSize + 1; i++)
            {
                await WalletLoyalty.Webhooks.WebhookEvents.RaiseAsync(connection, transaction, "demo", "points.earned", new { memberId = i }, DateTimeOffset.UtcNow);
            }
            await transaction.CommitAsync();
        }

        var first = await _scenario.LogAsync(id);
        var items = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        using var nextPage = await Admin.GetAsync($"/api/v1/programs/demo/webhooks/{id}/deliveries?before={first.GetProperty("next").GetInt64()}");
        var second = await JsonOf(nextPage);

        Assert.Equal(WalletLoyalty.Webhooks.WebhookDeliveries.PageSize, items.Count);
        Assert.Equal(items.OrderDescending(), items);
        Assert.Equal(items[^1], first.GetProperty("next").GetInt64());
        Assert.True(second.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetInt64() < items[^1]);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        using var otherEndpoint = await Admin.GetAsync("/api/v1/programs/demo/webhooks/999999/deliveries");
        Assert.Equal(HttpStatusCode.NotFound, otherEndpoint.StatusCode);
    }

    [Fact]
    public async Task AfterARotationDeliveriesAreSignedWithTheNewSecretOnly()
    {
        await _scenario.SubscribeAsync("member.joined");
        var id = (await JsonOf(await Admin.GetAsync("/api/v1/programs/demo/webhooks"))).GetProperty("items")[0].GetProperty("id").GetInt64();
        var oldSecret = _scenario.Receiver.Secret;

        var (rotated, body) = await Admin.PostJsonAsync($"/api/v1/programs/demo/webhooks/{id}/secret", new { });
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var newSecret = body.GetProperty("secret").GetString()!;
        Assert.NotEqual(oldSecret, newSecret);

        await Shoppers.JoinAsync(_scenario.Service);
        var withOld = await _scenario.Receiver.NextAsync();
        Assert.False(withOld.SignatureValid);
        _scenario.Receiver.Secret = newSecret;
        await Shoppers.JoinAsync(_scenario.Service);
        var withNew = await _scenario.Receiver.NextOfTypeAsync("member.joined");
        Assert.True(withNew.Accepted);
    }
}

/// <summary>Without Webhooks:AllowHttp an endpoint must be https.</summary>
[Trait("Category", "Database")]
public sealed class WebhookHttpsRuleTests
{
    [Fact]
    public async Task AnHttpUrlIsRefusedUnlessTheSettingAllowsIt()
    {
        await using var service = await ServiceHost.StartAsync();
        using var admin = TillClient.Admin(service);

        var (refused, problem) = await admin.PostJsonAsync("/api/v1/programs/demo/webhooks", new { url = "http://127.0.0.1:9/hooks", events = new[] { "points.earned" } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("https://walletloyalty.dev/problems/invalid", problem.GetProperty("type").GetString());
        Assert.Contains("https", problem.GetProperty("errors").GetProperty("url")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM webhook_endpoints"));
    }
}
