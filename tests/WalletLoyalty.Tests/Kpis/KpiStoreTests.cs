using WalletLoyalty.Kpis;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Kpis;

/// <summary>The stores compared on a hand-made ledger in Europe/Berlin.</summary>
[Trait("Category", "Database")]
public sealed class KpiStoreTests
{
    [Fact]
    public async Task EveryStoreOfTheTemplateIsComparedThenOtherStoresThenPurchasesWithoutAStore()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var (alex, billie, chris) = (await ledger.MemberAsync(), await ledger.MemberAsync(), await ledger.MemberAsync());
        await ledger.PurchaseAsync(alex, "2026-03-01 00:30", 1000);
        await ledger.PurchaseAsync(alex, "2026-03-31 23:30", 2000);
        await ledger.PurchaseAsync(alex, "2026-04-01 00:30", 4000); // after the period
        await ledger.PurchaseAsync(billie, "2026-03-10 10:00", 500, store: "station");
        await ledger.PurchaseAsync(chris, "2026-03-11 10:00", 501, store: "station");
        var refunded = await ledger.PurchaseAsync(chris, "2026-03-12 10:00", 9000, store: "station");
        await ledger.RefundAsync(refunded, "2026-04-02 10:00");
        await ledger.PurchaseAsync(chris, "2026-03-13 10:00", 300, store: "old-kiosk");
        await ledger.PurchaseAsync(billie, "2026-03-14 10:00", 250, store: null);

        var stores = await ledger.StoresAsync("2026-03-01", "2026-04-01");

        Assert.Equal(
            [
                new StoreFigures("maple-street", "Maple Street (flagship)", 2, 1, 3000, 1500),
                new StoreFigures("station", "Central Station kiosk", 2, 2, 1001, 501),
                new StoreFigures("old-kiosk", null, 1, 1, 300, 300),
                new StoreFigures(null, null, 1, 1, 250, 250),
            ],
            stores.Stores);
    }

    [Fact]
    public async Task AStoreWithoutPurchasesInThePeriodShowsNoneAndTheTierFilterCountsItsMembers()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var silver = await ledger.MemberAsync(tier: "Silver");
        var bronze = await ledger.MemberAsync();
        await ledger.PurchaseAsync(silver, "2026-03-02 10:00", 1000);
        await ledger.PurchaseAsync(bronze, "2026-03-03 10:00", 700);

        var stores = await ledger.StoresAsync("2026-03-01", "2026-04-01", tier: "Silver");

        Assert.Equal(
            [
                new StoreFigures("maple-street", "Maple Street (flagship)", 1, 1, 1000, 1000),
                new StoreFigures("station", "Central Station kiosk", 0, 0, 0, null),
            ],
            stores.Stores);
    }
}
