using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Till;

/// <summary>The till's earn may name the purchase's product categories, for the upsell rate; a list it cannot store is refused whole.</summary>
[Trait("Category", "Database")]
public sealed class TillCategoriesTests
{
    [Fact]
    public async Task AnEarnStoresItsDistinctCategoriesAndOneWithoutStoresNone()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        using var till = await TillClient.WithNewKeyAsync(service, "cashier", "maple-street");
        var (_, code) = await Shoppers.JoinAsync(service);

        var (with, _) = await till.PostJsonAsync("/api/v1/till/earn",
            new { code, amountMinor = 1200, currency = "EUR", receiptId = "C-1", categories = new[] { "bread", " cake ", "bread" } });
        var (without, _) = await till.EarnAsync(code, 800, "C-2");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (with.StatusCode, without.StatusCode));
        var stored = await service.QueryAsync<(string Receipt, string? Categories)>("SELECT receipt_id, categories FROM ledger_entries WHERE kind = 'earn' ORDER BY receipt_id");
        Assert.Equal([("C-1", "bread;cake"), ("C-2", null)], stored);
    }

    [Fact]
    public async Task TooManyTooLongOrSeparatorBearingCategoriesAreRefusedAndNothingIsCredited()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        using var till = await TillClient.WithNewKeyAsync(service, "cashier", "maple-street");
        var (_, code) = await Shoppers.JoinAsync(service);

        foreach (var categories in new[]
        {
            Enumerable.Range(0, 21).Select(i => $"c{i}").ToArray(),
            [new string('x', 41)],
            ["bread;cake"],
            [""],
            ["tab\there"],
        })
        {
            var (response, body) = await till.PostJsonAsync("/api/v1/till/earn", new { code, amountMinor = 1200, currency = "EUR", receiptId = "C-1", categories });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("https://walletloyalty.dev/problems/invalid", body.GetProperty("type").GetString());
        }
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM ledger_entries"));
    }
}
