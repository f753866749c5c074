using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Data;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Audit;

[Trait("Category", "Database")]
public sealed class AuditTrailTests : IAsyncLifetime
{
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task TheTrailNamesTheKeyThatCreatedEachKeyCampaignAndCouponAndRevokedAKey()
    {
        using var admin = TillClient.Admin(_service);
        var (created, marketerKey) = await admin.PostJsonAsync("/api/v1/keys", new { role = "marketer", programId = "demo", name = "Flyer team" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var marketerId = marketerKey.GetProperty("id").GetInt64();
        using var marketer = new TillClient(_service.BaseAddress, marketerKey.GetProperty("key").GetString()!);
        var (campaignCreated, campaign) = await marketer.PostJsonAsync("/api/v1/campaigns", CampaignClient.Once(DateTimeOffset.UtcNow.AddDays(3), "Winter"));
        Assert.Equal(HttpStatusCode.Created, campaignCreated.StatusCode);
        var member = (await MemberRows.InsertAsync(_service.Services.GetRequiredService<IDatabase>(), [new MemberRow { Name = "Ola" }]))[0];
        var (issued, _) = await marketer.PostJsonAsync($"/api/v1/programs/demo/members/{member.Id}/coupons", new { title = "€5 off", valueMinor = 500 });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        using var revoked = await admin.SendDeleteAsync($"/api/v1/keys/{marketerId}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);

        using var trail = await admin.GetAsync("/api/v1/audit");
        var entries = JsonDocument.Parse(await trail.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray()
            .Select(e => (Key: e.GetProperty("keyId").GetInt64(), Action: e.GetProperty("action").GetString(), Subject: e.GetProperty("subject").GetString()))
            .ToList();

        Assert.Matches("^coupon [0-9]+ for member", entries[1].Subject);
        Assert.Equal(
        [
            (0, "key.revoked", $"key {marketerId}"),
            (marketerId, "coupon.issued", entries[1].Subject!.Split(" for ")[0] + $" for member {member.Id}"),
            (marketerId, "campaign.created", $"campaign {campaign.GetProperty("id").GetInt64()} ('Winter')"),
            (0, "key.created", $"key {marketerId} (marketer 'Flyer team')"),
        ], entries);
    }

    [Fact]
    public async Task OnlyAdminsReadTheTrail()
    {
        using var marketer = await TillClient.WithNewKeyAsync(_service, "marketer");

        using var refused = await marketer.GetAsync("/api/v1/audit");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
