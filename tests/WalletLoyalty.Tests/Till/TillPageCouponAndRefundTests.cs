using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WalletLoyalty.Tests.Browser;
using static Microsoft.Playwright.Assertions;
using static WalletLoyalty.Tests.Till.TillPageHarness;

namespace WalletLoyalty.Tests.Till;

[Trait("Category", "Database")]
public sealed class TillPageCouponAndRefundTests : IAsyncLifetime
{
    private TillPageHarness _till = null!;

    public async Task InitializeAsync() => _till = await StartAsync();

    public async Task DisposeAsync() => await _till.DisposeAsync();

    [Fact]
    public async Task AScannedCouponIsRedeemedOnceAndItsMemberStillEarnsPoints()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        var memberCode = await _till.JoinAsync("Kim");
        var couponCode = await _till.IssueCouponAsync(cashierKey, memberCode, "€5 off");
        await using var tab = await _till.OpenTillAsync(EmulatedDevice.Desktop(1366, 768));
        var page = tab.Page;
        await SignInAsync(page, cashierKey);

        await ScanAsync(page, couponCode);
        const string coupon = "#coupons .scanned";
        await Expect(page.Locator("#status")).ToContainTextAsync("Coupon scanned: €5 off");
        await Expect(page.Locator("#member-name")).ToHaveTextAsync("Kim");
        await Expect(page.Locator("[data-reward='voucher-20']")).ToContainTextAsync("Needs 200 points more");
        await Expect(page.Locator($"{coupon} .redeem")).ToBeFocusedAsync();
        await PageScreenshots.SaveAsync(page, "till-coupon-scanned");

        await RedeemAsync(page, coupon);
        await Expect(page.Locator("#status")).ToContainTextAsync("Coupon redeemed: €5 off");
        await Expect(page.Locator($"{coupon} .redeem")).ToBeDisabledAsync(); // a used coupon must not be redeemable again
        await Expect(page.Locator($"{coupon} .why")).ToContainTextAsync("redeemed");
        await PageScreenshots.SaveAsync(page, "till-coupon-redeemed");

        await EarnAsync(page, "30", "R-2001");
        await Expect(page.Locator("#status")).ToContainTextAsync("+30 points — new balance 30");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task ACouponListedOnTheMembersCardIsRedeemedWithTheCardAndShowsNoCode()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        var memberCode = await _till.JoinAsync("Noa");
        var couponCode = await _till.IssueCouponAsync(cashierKey, memberCode, "Free cake");
        await using var tab = await _till.OpenTillAsync(EmulatedDevice.Desktop(1366, 768));
        var page = tab.Page;
        await SignInAsync(page, cashierKey);

        await ScanAsync(page, memberCode);
        const string coupon = "#coupons [data-coupon]";
        await Expect(page.Locator(coupon)).ToContainTextAsync("Free cake");
        Assert.DoesNotContain(couponCode, await page.ContentAsync(), StringComparison.Ordinal);

        await RedeemAsync(page, coupon);
        await Expect(page.Locator("#status")).ToContainTextAsync("Coupon redeemed: Free cake");
        await Expect(page.Locator("#coupons")).ToContainTextAsync("No valid coupons.");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task ARefundAsksFirstTakesBackTheReceiptsPointsAndCannotBeRepeated()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        var memberCode = await _till.JoinAsync("Lee");
        await using var tab = await _till.OpenTillAsync(EmulatedDevice.Desktop(1024, 768));
        var page = tab.Page;
        await SignInAsync(page, cashierKey);
        await ScanAsync(page, memberCode);
        await EarnAsync(page, "50.00", "R-3001");

        await RequestRefundAsync(page, "R-3001");
        await Expect(page.Locator("#member-points")).ToHaveTextAsync("50");
        await PageScreenshots.SaveAsync(page, "till-refund-confirm");
        await page.Locator("#reverse-button").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("−50 points taken back for receipt R-3001");
        await Expect(page.Locator("#member-points")).ToHaveTextAsync("0");
        await PageScreenshots.SaveAsync(page, "till-refund-done");

        await RequestRefundAsync(page, "R-3001");
        await page.Locator("#reverse-button").ClickAsync();
        await Expect(page.Locator("#alert")).ToContainTextAsync("already reversed");
        await PageScreenshots.SaveAsync(page, "till-refund-repeated");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task WhenTheMemberSpentTheReceiptsPointsTheRefundTakesBackWhatIsLeftOnlyWhenTold()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        var memberCode = await _till.JoinAsync("Jo");
        await using var tab = await _till.OpenTillAsync(EmulatedDevice.Desktop(1024, 768));
        var page = tab.Page;
        await SignInAsync(page, cashierKey);
        await ScanAsync(page, memberCode);
        await EarnAsync(page, "212", "R-4001");
        await RedeemAsync(page, "[data-reward='voucher-20']");
        await Expect(page.Locator("#member-points")).ToHaveTextAsync("12");

        await RequestRefundAsync(page, "R-4001");
        await page.Locator("#reverse-button").ClickAsync();
        await Expect(page.Locator("#alert")).ToContainTextAsync("tick the box");
        await PageScreenshots.SaveAsync(page, "till-refund-spent");

        await page.Locator("#reverse-partial").ClickAsync();
        await page.Locator("#reverse-button").ClickAsync();
        await Expect(page.Locator("#reverse-button")).ToHaveTextAsync(new Regex("^Yes"));
        await page.Locator("#reverse-button").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("−12 points taken back");
        await Expect(page.Locator("#status")).ToContainTextAsync("200 points could not be taken back");
        await Expect(page.Locator("#member-points")).ToHaveTextAsync("0");
        await PageScreenshots.SaveAsync(page, "till-refund-partial");
        Assert.Empty(tab.ConsoleErrors);
    }

    private static async Task RequestRefundAsync(IPage page, string receiptId)
    {
        if (!await page.Locator("#refund").EvaluateAsync<bool>("refund => refund.open"))
        {
            await page.Locator("#refund summary").ClickAsync();
        }
        await page.Locator("#reverse-receipt").FillAsync(receiptId);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#reverse-button")).ToContainTextAsync(receiptId);
        await Expect(page.Locator("#reverse-cancel")).ToBeVisibleAsync();
    }
}
