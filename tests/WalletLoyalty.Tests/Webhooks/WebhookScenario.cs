using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WalletLoyalty.Tests.Fakes;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Webhooks;

/// <summary>
/// A service whose webhooks may go to loopback http, an integration's receiver, an admin and a till. With a fake
/// clock the dispatcher's back-off waits for the test to move time, and the receiver checks timestamps by it.
/// </summary>
public sealed class WebhookScenario : IAsyncDisposable
{
    private WebhookScenario(ServiceHost service, FakeWebhookReceiver receiver, FakeTimeProvider? clock, TillClient admin, TillClient till)
    {
        Service = service;
        Receiver = receiver;
        Clock = clock;
        Admin = admin;
        Till = till;
    }

    public ServiceHost Service { get; }
    public FakeWebhookReceiver Receiver { get; }
    public FakeTimeProvider? Clock { get; }
    public TillClient Admin { get; }
    public TillClient Till { get; }

    public static async Task<WebhookScenario> StartAsync(bool fakeClock = false, Action<Dictionary<string, string?>>? configure = null)
    {
        var clock = fakeClock ? new FakeTimeProvider(DateTimeOffset.UtcNow) : null;
        var receiver = await FakeWebhookReceiver.StartAsync(clock);
        var service = await ServiceHost.StartAsync(settings =>
            {
                settings["Webhooks:AllowHttp"] = "true";
                configure?.Invoke(settings);
            },
            services: clock is null ? null : s => s.AddSingleton<TimeProvider>(clock));
        var till = await TillClient.WithNewKeyAsync(service, "cashier", "maple-street");
        return new WebhookScenario(service, receiver, clock, TillClient.Admin(service), till);
    }

    /// <summary>Registers the receiver for the events and hands it the secret, as an integration's operator would.</summary>
    public async Task<long> SubscribeAsync(FakeWebhookReceiver receiver, params string[] events)
    {
        var (response, body) = await Admin.PostJsonAsync("/api/v1/programs/demo/webhooks", new { url = receiver.Url, events, description = "test integration" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        receiver.Secret = body.GetProperty("secret").GetString()!;
        return body.GetProperty("id").GetInt64();
    }

    public Task<long> SubscribeAsync(params string[] events) => SubscribeAsync(Receiver, events);

    /// <summary>A member with a card and points to spend, and the code the till scans.</summary>
    public async Task<(long MemberId, string Code, PkPassFile Card)> MemberAsync(long amountMinor = 0)
    {
        var (card, code) = await Shoppers.JoinAsync(Service);
        var memberId = (await Till.CardAsync(code)).GetProperty("member").GetProperty("id").GetInt64();
        if (amountMinor > 0)
        {
            Assert.Equal(HttpStatusCode.OK, (await Till.EarnAsync(code, amountMinor, "R-" + Guid.NewGuid().ToString("N"))).Response.StatusCode);
        }
        return (memberId, code, card);
    }

    public async Task<JsonElement> LogAsync(long endpointId)
    {
        using var response = await Admin.GetAsync($"/api/v1/programs/demo/webhooks/{endpointId}/deliveries");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>The outbox row of a delivery, once the dispatcher has recorded the attempts it expects.</summary>
    public Task<OutboxRow> OutboxRowAsync(string deliveryId, long attempts, string status) =>
        Wait.ForAsync(async () => (await Service.QueryAsync<OutboxRow>(
                "SELECT status AS Status, attempts AS Attempts, not_before AS NotBefore FROM outbox WHERE channel = 'webhook' AND target = @deliveryId ORDER BY id DESC",
                new { deliveryId })).FirstOrDefault(r => r.Attempts == attempts && r.Status == status),
            $"delivery {deliveryId} is {status} after {attempts} attempts");

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        Till.Dispose();
        await Service.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}

public sealed record OutboxRow
{
    public string Status { get; init; } = "";
    public long Attempts { get; init; }
    public DateTimeOffset NotBefore { get; init; }
}
