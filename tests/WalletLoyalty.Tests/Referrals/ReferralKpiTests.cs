using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace WalletLoyalty.Tests.Referrals;

/// <summary>The KPI report counts the members friends brought, what they bought in the period and the referrals paid.</summary>
[Trait("Category", "Database")]
public sealed class ReferralKpiTests : IAsyncLifetime
{
    private ReferralRig _rig = null!;

    public async Task InitializeAsync() => _rig = await ReferralRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private async Task<JsonElement> KpisAsync(string query)
    {
        using var response = await _rig.Marketer.GetAsync("/api/v1/programs/demo/kpis?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task ReferredMembersAndTheirPurchasesInThePeriodAreCountedNetOfRefunds()
    {
        var alex = await _rig.JoinAsync("Alex", email: "alex@example.com");
        var code = await _rig.ReferralCodeAsync(alex.Card);
        var sam = await _rig.JoinAsync("Sam", code);
        var kim = await _rig.JoinAsync("Kim", code);
        await _rig.JoinAsync("Alex", code, email: "alex@example.com");
        var lee = await _rig.JoinAsync("Lee");
        (await _rig.Till.EarnAsync(sam.Code, 1200, "R-1")).Response.Dispose();
        (await _rig.Till.EarnAsync(kim.Code, 500, "R-2")).Response.Dispose();
        (await _rig.Till.EarnAsync(lee.Code, 4000, "R-3")).Response.Dispose();
        (await _rig.Till.EarnAsync(alex.Code, 2000, "R-4")).Response.Dispose();
        _rig.Clock.Advance(TimeSpan.FromDays(2));
        (await _rig.OtherTill.EarnAsync(sam.Code, 3000, "R-5")).Response.Dispose();
        using var refund = await _rig.Till.PostAsync("/api/v1/till/reverse", new { receiptId = "R-2" });
        Assert.Equal(HttpStatusCode.OK, refund.StatusCode);

        var figures = await KpisAsync("from=2027-01-01&to=2027-02-01");

        Assert.Equal(2, figures.GetProperty("referredMembers").GetInt64());
        Assert.Equal(1, figures.GetProperty("referredCustomers").GetInt64());
        Assert.Equal(2, figures.GetProperty("referredPurchases").GetInt64());
        Assert.Equal(4200, figures.GetProperty("referredNetAmountMinor").GetInt64());
        Assert.Equal(1, figures.GetProperty("referralsRewarded").GetInt64());
        Assert.Equal(10200, figures.GetProperty("netAmountMinor").GetInt64());
        var previous = figures.GetProperty("previous");
        Assert.Equal(0, previous.GetProperty("referredMembers").GetInt64());
        Assert.Equal(0, previous.GetProperty("referralsRewarded").GetInt64());
    }

    [Fact]
    public async Task AStoreNarrowsTheReferredPurchasesToThatStoresAndTheCsvListsTheFigures()
    {
        var alex = await _rig.JoinAsync("Alex");
        var sam = await _rig.JoinAsync("Sam", await _rig.ReferralCodeAsync(alex.Card));
        (await _rig.Till.EarnAsync(sam.Code, 1200, "R-1")).Response.Dispose();
        (await _rig.OtherTill.EarnAsync(sam.Code, 3000, "R-2")).Response.Dispose();

        var station = await KpisAsync("from=2027-01-01&to=2027-02-01&store=station");
        using var csv = await _rig.Marketer.GetAsync("/api/v1/programs/demo/kpis?from=2027-01-01&to=2027-02-01&format=csv");

        Assert.Equal(1, station.GetProperty("referredPurchases").GetInt64());
        Assert.Equal(3000, station.GetProperty("referredNetAmountMinor").GetInt64());
        var rows = (await csv.Content.ReadAsStringAsync()).Split('\n').Select(r => r.TrimEnd('\r')).ToList();
        Assert.Contains("referredMembers,1,0", rows);
        Assert.Contains("referredNetAmountMinor,4200,0", rows);
    }
}
