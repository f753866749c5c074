using WalletLoyalty.Tests.Browser;
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
        await using var page = await _till.OpenTillAsync(1366, 768);
        await SignInAsync(page, cashierKey);

        await ScanAsync(page, couponCode);
        var coupon = $"[data-coupon='{couponCode}']";
        Assert.Contains("Coupon scanned: €5 off", await page.TextAsync("#status"));
        Assert.Equal("Kim", await page.TextAsync("#member-name"));
        Assert.Contains("Needs 200 points more", await page.TextAsync("[data-reward='voucher-20']"));
        await page.WaitForAsync($"document.activeElement === document.querySelector(\"{coupon} .redeem\")");
        await _till.ScreenshotAsync(page, "till-coupon-scanned.png");

        await RedeemAsync(page, coupon);
        await page.WaitForAsync("document.querySelector('#status').innerText.includes('Coupon redeemed: €5 off')");
        Assert.True(await page.EvaluateAsync<bool>($"document.querySelector(\"{coupon} .redeem\").disabled"), "a used coupon must not be redeemable again");
        Assert.Contains("redeemed", await page.TextAsync($"{coupon} .why"));
        await _till.ScreenshotAsync(page, "till-coupon-redeemed.png");

        await EarnAsync(page, "30", "R-2001");
        Assert.Contains("+30 points — new balance 30", await page.TextAsync("#status"));
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task ARefundAsksFirstTakesBackTheReceiptsPointsAndCannotBeRepeated()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        var memberCode = await _till.JoinAsync("Lee");
        await using var page = await _till.OpenTillAsync(1024, 768);
        await SignInAsync(page, cashierKey);
        await ScanAsync(page, memberCode);
        await EarnAsync(page, "50.00", "R-3001");

        await RequestRefundAsync(page, "R-3001");
        Assert.Equal("50", await page.TextAsync("#member-points"));
        await _till.ScreenshotAsync(page, "till-refund-confirm.png");
        await page.ClickAsync("#reverse-button");
        await page.WaitForAsync("document.querySelector('#status').innerText.includes('−50 points taken back for receipt R-3001')");
        await page.WaitForAsync("document.querySelector('#member-points').textContent === '0'");
        await _till.ScreenshotAsync(page, "till-refund-done.png");

        await RequestRefundAsync(page, "R-3001");
        await page.ClickAsync("#reverse-button");
        await page.WaitForAsync("document.querySelector('#alert').innerText.includes('already reversed')");
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task WhenTheMemberSpentTheReceiptsPointsTheRefundTakesBackWhatIsLeftOnlyWhenTold()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        var memberCode = await _till.JoinAsync("Jo");
        await using var page = await _till.OpenTillAsync(1024, 768);
        await SignInAsync(page, cashierKey);
        await ScanAsync(page, memberCode);
        await EarnAsync(page, "212", "R-4001");
        await RedeemAsync(page, "[data-reward='voucher-20']");
        await page.WaitForAsync("document.querySelector('#member-points').textContent === '12'");

        await RequestRefundAsync(page, "R-4001");
        await page.ClickAsync("#reverse-button");
        await page.WaitForAsync("document.querySelector('#alert').innerText.includes('tick the box')");
        await _till.ScreenshotAsync(page, "till-refund-spent.png");

        await page.ClickAsync("#reverse-partial");
        await page.ClickAsync("#reverse-button");
        await page.WaitForAsync("document.querySelector('#reverse-button').textContent.startsWith('Yes')");
        await page.ClickAsync("#reverse-button");
        await page.WaitForAsync("document.querySelector('#status').innerText.includes('−12 points taken back')");
        Assert.Contains("200 points could not be taken back", await page.TextAsync("#status"));
        await page.WaitForAsync("document.querySelector('#member-points').textContent === '0'");
        Assert.Empty(page.ConsoleErrors);
    }

    private static async Task RequestRefundAsync(BrowserPage page, string receiptId)
    {
        if (!await page.EvaluateAsync<bool>("document.querySelector('#refund').open"))
        {
            await page.ClickAsync("#refund summary");
        }
        await page.EvaluateAsync<string>("document.querySelector('#reverse-receipt').value = ''");
        await page.TypeAsync("#reverse-receipt", receiptId);
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync($"document.querySelector('#reverse-button').textContent.includes('{receiptId}') && !document.querySelector('#reverse-cancel').hidden");
    }
}
