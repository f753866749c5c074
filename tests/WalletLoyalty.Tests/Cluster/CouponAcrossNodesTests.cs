using System.Net;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Cluster;

/// <summary>One coupon scanned at two tills at the same moment, each till on its own node.</summary>
[Collection(TwoNodeCollection.Name)]
[Trait("Category", "Database")]
public sealed class CouponAcrossNodesTests
{
    private const int Trials = 200;

    [PostgresFact]
    public async Task ACouponRedeemedOnBothNodesAtOnceIsTakenExactlyOnceInEveryTrial()
    {
        var settings = SampleSettings.For(Directory.CreateTempSubdirectory("cluster-coupon-").FullName);
        settings["Push:DispatcherEnabled"] = "false";
        await using var nodes = await TwoNodes.StartAsync(settings);
        using var shopper = new HttpClient { BaseAddress = nodes.First.BaseAddress };
        var pass = await new AppleDevice(shopper).AddFromLandingPageAsync("/join/demo");
        var memberCode = pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!;
        using var till = await TillClient.WithNewKeyAsync(nodes.First.BaseAddress, "cashier", "maple-street");
        using var otherTill = await TillClient.WithNewKeyAsync(nodes.Second.BaseAddress, "cashier", "station");
        using var marketer = await TillClient.WithNewKeyAsync(nodes.First.BaseAddress, "marketer");
        using var otherMarketer = marketer.At(nodes.Second.BaseAddress);
        var memberId = (await till.CardAsync(memberCode)).GetProperty("member").GetProperty("id").GetInt64();
        var expiresAt = DateTimeOffset.UtcNow.AddDays(30);
        var codes = new string[Trials];
        await Parallel.ForEachAsync(Enumerable.Range(0, Trials), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var (issued, coupon) = await (i % 2 == 0 ? marketer : otherMarketer).PostJsonAsync(
                $"/api/v1/programs/demo/members/{memberId}/coupons", new { title = $"Coupon {i}", valueMinor = 100, expiresAt });
            Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
            codes[i] = coupon.GetProperty("code").GetString()!;
        });

        var trials = new (HttpStatusCode Status, JsonElement Body)[Trials][];
        await Parallel.ForEachAsync(Enumerable.Range(0, Trials), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var both = await Task.WhenAll(
                till.PostJsonAsync("/api/v1/till/redeem", new { code = codes[i] }),
                otherTill.PostJsonAsync("/api/v1/till/redeem", new { code = codes[i] }));
            trials[i] = both.Select(r => (r.Response.StatusCode, r.Body)).ToArray();
        });

        Assert.All(trials, trial =>
        {
            Assert.Single(trial, r => r.Status == HttpStatusCode.OK);
            var refused = Assert.Single(trial, r => r.Status == HttpStatusCode.Conflict);
            Assert.EndsWith("/already-redeemed", refused.Body.GetProperty("type").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(Trials, await nodes.Database.CountAsync("SELECT COUNT(*) FROM coupons WHERE status = 'redeemed'"));
        Assert.Equal(Trials, await nodes.Database.CountAsync("SELECT COUNT(DISTINCT coupon_id) FROM ledger_entries WHERE kind = 'redeem'"));
        Assert.Equal(Trials, await nodes.Database.CountAsync("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'redeem'"));
    }
}
