using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Referrals;

/// <summary>A program whose mechanics.json has no referral section behaves as before: no link on the card, ref ignored, no referral figures.</summary>
[Trait("Category", "Database")]
public sealed class ReferralsOffTests : IAsyncLifetime
{
    private readonly TemplateFolder _templates = new();
    private ReferralRig _rig = null!;

    public async Task InitializeAsync()
    {
        _templates.Write("mechanics.json", "{ }");
        _rig = await ReferralRig.StartAsync(_templates.Templates);
    }

    public async Task DisposeAsync()
    {
        await _rig.DisposeAsync();
        _templates.Dispose();
    }

    [Fact]
    public async Task NoLinkNoReferralAndNoReferralFigures()
    {
        var alex = await _rig.JoinAsync("Alex");
        var sam = await _rig.JoinAsync("Sam", "7K2M9QX4TD");
        var (_, earned) = await _rig.Till.EarnAsync(sam.Code, 5000, "R-1");
        using var kpis = await _rig.Marketer.GetAsync("/api/v1/programs/demo/kpis?from=2027-01-01&to=2027-02-01");
        var figures = await kpis.Content.ReadFromJsonAsync<JsonElement>();

        Assert.DoesNotContain(alex.Card.PassJson.GetProperty("storeCard").GetProperty("backFields").EnumerateArray(), f => f.GetProperty("key").GetString() == "referral");
        Assert.Equal(0, await _rig.Service.CountAsync("SELECT COUNT(*) FROM referrals"));
        Assert.Equal(50, earned.GetProperty("balance").GetInt64());
        Assert.False(earned.TryGetProperty("referralPointsCredited", out _));
        Assert.False(figures.TryGetProperty("referredMembers", out _));
        Assert.False(figures.TryGetProperty("referralsRewarded", out _));
    }
}
