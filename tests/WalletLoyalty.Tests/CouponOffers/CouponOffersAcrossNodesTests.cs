using System.Net;
using WalletLoyalty.Tests.Cluster;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.CouponOffers;

/// <summary>Shoppers claiming one flyer coupon on two nodes at once: the database, not a node, hands out the first N.</summary>
[Collection(TwoNodeCollection.Name)]
[Trait("Category", "Database")]
public sealed class CouponOffersAcrossNodesTests
{
    private const int FirstN = 20;
    private const int Shoppers = 60;

    [PostgresFact]
    public async Task OfSixtyShoppersClaimingOnBothNodesAtOnceExactlyTheFirstTwentyGetACoupon()
    {
        using var templates = new TemplateFolder();
        templates.Write("mechanics.json", $$"""
            { "couponOffers": [ { "id": "rush", "title": "Opening rush", "code": "RUSH", "firstN": {{FirstN}} } ] }
            """);
        var settings = SampleSettings.For(Directory.CreateTempSubdirectory("cluster-offers-").FullName);
        settings["Push:DispatcherEnabled"] = "false";
        settings["Templates:Path"] = templates.Templates;
        await using var nodes = await TwoNodes.StartAsync(settings);
        using var first = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = nodes.First.BaseAddress };
        using var second = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = nodes.Second.BaseAddress };

        var answers = await Task.WhenAll(Enumerable.Range(0, Shoppers).Select(async i =>
        {
            using var response = await new FlyerShopper(i % 2 == 0 ? first : second).TapAsync("RUSH");
            return response.StatusCode;
        }));

        Assert.Equal(FirstN, answers.Count(a => a == HttpStatusCode.OK));
        Assert.Equal(Shoppers - FirstN, answers.Count(a => a == HttpStatusCode.Conflict));
        Assert.Equal(FirstN, await nodes.Database.CountAsync("SELECT COUNT(*) FROM coupons WHERE offer_id IS NOT NULL"));
        Assert.Equal(FirstN, await nodes.Database.CountAsync("SELECT COUNT(DISTINCT member_id) FROM coupons WHERE offer_id IS NOT NULL"));
        Assert.Equal(FirstN, await nodes.Database.CountAsync("SELECT claimed_count FROM coupon_offers WHERE offer_key = 'rush'"));
    }
}
