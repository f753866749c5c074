using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Till;

[Trait("Category", "Database")]
public sealed class TillLedgerTests : IAsyncLifetime
{
    private ServiceHost _service = null!;
    private TillClient _till = null!;
    private TillClient _otherTill = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync();
        _till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        _otherTill = await TillClient.WithNewKeyAsync(_service, "cashier", "station");
    }

    public async Task DisposeAsync()
    {
        _till.Dispose();
        _otherTill.Dispose();
        await _service.DisposeAsync();
    }

    private static long Points(JsonElement card) => card.GetProperty("member").GetProperty("points").GetInt64();

    [Fact]
    public async Task EarningCreditsOnePointPerWholeEuroRoundedDown()
    {
        var (_, code) = await Shoppers.JoinAsync(_service);

        var (response, body) = await _till.EarnAsync(code, 1299, "R-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(12, body.GetProperty("pointsCredited").GetInt64());
        Assert.Equal(12, body.GetProperty("balance").GetInt64());
        Assert.Equal(12, Points(await _till.CardAsync(code)));
    }

    [Fact]
    public async Task ParallelEarnsOnOneCardFromTwoTillsSumExactly()
    {
        var (_, code) = await Shoppers.JoinAsync(_service);

        var earns = Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? _till : _otherTill).EarnAsync(code, 1000, $"R-{i}"));
        var results = await Task.WhenAll(earns);

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
        Assert.Equal(400, Points(await _till.CardAsync(code)));
        Assert.Equal(40, results.Select(r => r.Body.GetProperty("balance").GetInt64()).Distinct().Count());
    }

    [Fact]
    public async Task RetriesWithOneIdempotencyKeyCountOnceAndReplayTheFirstAnswer()
    {
        var (_, code) = await Shoppers.JoinAsync(_service);
        var key = Guid.NewGuid().ToString();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _till.EarnAsync(code, 2500, "R-retry", key)));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
        Assert.Single(results.Select(r => r.Body.GetRawText()).Distinct());
        Assert.Equal(7, results.Count(r => r.Response.Headers.Contains("Idempotent-Replayed")));
        Assert.Equal(25, Points(await _till.CardAsync(code)));
    }

    [Fact]
    public async Task ReusingAnIdempotencyKeyForAnotherRequestIsRefused()
    {
        var (_, code) = await Shoppers.JoinAsync(_service);
        var key = Guid.NewGuid().ToString();
        await _till.EarnAsync(code, 2500, "R-a", key);

        var (response, problem) = await _till.EarnAsync(code, 9900, "R-b", key);

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.EndsWith("/idempotency-key-reused", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(25, Points(await _till.CardAsync(code)));
    }

    [Fact]
    public async Task TheSameReceiptIsCreditedOnlyOnce()
    {
        var (_, code) = await Shoppers.JoinAsync(_service);
        await _till.EarnAsync(code, 1000, "R-dup");

        var (response, problem) = await _till.EarnAsync(code, 1000, "R-dup");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.EndsWith("/receipt-already-credited", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(10, Points(await _till.CardAsync(code)));
    }

    [Fact]
    public async Task TwoTillsRedeemingTheSameRewardAtOnceSucceedExactlyOnce()
    {
        var (_, code) = await Shoppers.JoinAsync(_service);
        await _till.EarnAsync(code, 20000, "R-big");

        var results = await Task.WhenAll(
            _till.PostJsonAsync("/api/v1/till/redeem", new { code, rewardId = "voucher-20" }, Guid.NewGuid().ToString()),
            _otherTill.PostJsonAsync("/api/v1/till/redeem", new { code, rewardId = "voucher-20" }, Guid.NewGuid().ToString()));

        Assert.Single(results, r => r.Response.StatusCode == HttpStatusCode.OK);
        var refused = Assert.Single(results, r => r.Response.StatusCode == HttpStatusCode.Conflict);
        Assert.EndsWith("/insufficient-points", refused.Body.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, Points(await _till.CardAsync(code)));
    }

    [Fact]
    public async Task ReversingAPurchaseTakesItsPointsBackOnce()
    {
        var (_, code) = await Shoppers.JoinAsync(_service);
        await _till.EarnAsync(code, 5000, "R-refund");

        var (first, body) = await _till.PostJsonAsync("/api/v1/till/reverse", new { receiptId = "R-refund" });
        var (second, problem) = await _till.PostJsonAsync("/api/v1/till/reverse", new { receiptId = "R-refund" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(50, body.GetProperty("pointsReversed").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.EndsWith("/already-reversed", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, Points(await _till.CardAsync(code)));
    }

    [Fact]
    public async Task AReversalNeverTakesTheBalanceBelowZeroSilently()
    {
        var (_, code) = await Shoppers.JoinAsync(_service);
        await _till.EarnAsync(code, 25000, "R-spent");
        await _till.PostJsonAsync("/api/v1/till/redeem", new { code, rewardId = "voucher-20" });

        var (refused, problem) = await _till.PostJsonAsync("/api/v1/till/reverse", new { receiptId = "R-spent" });
        var (partial, body) = await _till.PostJsonAsync("/api/v1/till/reverse", new { receiptId = "R-spent", allowPartial = true });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("only 50 are left", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        Assert.Equal(50, body.GetProperty("pointsReversed").GetInt64());
        Assert.Equal(200, body.GetProperty("pointsNotReversed").GetInt64());
        Assert.Equal(0, body.GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task TierFollowsPointsEarnedAndShowsOnThePass()
    {
        var (pass, code) = await Shoppers.JoinAsync(_service);

        var (_, body) = await _till.EarnAsync(code, 50000, "R-silver");

        Assert.Equal("Silver", body.GetProperty("tier").GetString());
        using var fetched = await new AppleDevice(_service.Client).FetchPassAsync(pass);
        var updated = new PkPassFile(await fetched.Content.ReadAsByteArrayAsync());
        Assert.Equal("Silver", updated.Field("tier").GetProperty("value").GetString());
        Assert.Equal(500, updated.Field("points").GetProperty("value").GetInt64());
    }

    [Fact]
    public async Task TheCardShowsWhichRewardsTheMemberCanTakeNow()
    {
        var (_, code) = await Shoppers.JoinAsync(_service);
        await _till.EarnAsync(code, 5000, "R-coffee");

        var rewards = (await _till.CardAsync(code)).GetProperty("rewards").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("available").GetBoolean());

        Assert.True(rewards["coffee"]);
        Assert.False(rewards["voucher-20"]);
    }

    [Theory]
    [InlineData(0, "EUR", "R-1")]
    [InlineData(-5, "EUR", "R-1")]
    [InlineData(1000, "USD", "R-1")]
    [InlineData(1000, "EUR", "")]
    [InlineData(1000, "EUR", "R 1; DROP TABLE")]
    public async Task BadPurchasesGetA400Problem(long amountMinor, string currency, string receiptId)
    {
        var (_, code) = await Shoppers.JoinAsync(_service);

        var (response, problem) = await _till.PostJsonAsync("/api/v1/till/earn", new { code, amountMinor, currency, receiptId });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task AnUnknownCardGets404()
    {
        using var response = await _till.GetAsync("/api/v1/till/cards/MAAAAAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("earn")]
    [InlineData("redeem")]
    [InlineData("reverse")]
    public async Task ATillWriteWithoutAnIdempotencyKeyIsRefusedNamingTheHeader(string operation)
    {
        var (_, code) = await Shoppers.JoinAsync(_service);
        await _till.EarnAsync(code, 5000, "R-keyless");
        object body = operation switch
        {
            "earn" => new { code, amountMinor = 1000, currency = "EUR", receiptId = "R-keyless-2" },
            "redeem" => new { code, rewardId = "coffee" },
            _ => new { receiptId = "R-keyless" },
        };

        using var response = await _till.PostWithoutIdempotencyKeyAsync("/api/v1/till/" + operation, body);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(50, Points(await _till.CardAsync(code)));
    }
}
