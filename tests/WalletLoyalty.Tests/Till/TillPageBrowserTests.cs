using System.Net;
using WalletLoyalty.Tests.Browser;
using static WalletLoyalty.Tests.Till.TillPageHarness;

namespace WalletLoyalty.Tests.Till;

[Trait("Category", "Database")]
public sealed class TillPageBrowserTests : IAsyncLifetime
{
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    private TillPageHarness _till = null!;

    public async Task InitializeAsync() => _till = await StartAsync();

    public async Task DisposeAsync() => await _till.DisposeAsync();

    [Fact]
    public async Task ACashierScansACardEarnsPointsForAPurchaseAndRedeemsTheVoucher()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        var memberCode = await _till.JoinAsync("Alex");
        await using var page = await _till.OpenTillAsync(1024, 768);
        await _till.ScreenshotAsync(page, "till-1-sign-in.png");

        await SignInAsync(page, cashierKey);
        Assert.Contains("Maple Street (flagship)", await page.TextAsync("#store-name"));
        Assert.Equal(cashierKey, await page.EvaluateAsync<string>("sessionStorage.getItem('walletloyalty.till.key')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        await _till.ScreenshotAsync(page, "till-2-ready.png");

        await ScanAsync(page, memberCode);
        Assert.Equal("Alex", await page.TextAsync("#member-name"));
        Assert.Equal("0", await page.TextAsync("#member-points"));
        Assert.Equal("amount", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('[data-reward=\"voucher-20\"] .redeem').disabled"), "a reward the member cannot afford must not be redeemable");
        Assert.Contains("200 points more", await page.TextAsync("[data-reward='voucher-20'] .why"));
        await AssertFitsAndTouchableAsync(page);
        await _till.ScreenshotAsync(page, "till-3-member.png");

        await EarnAsync(page, "212.40", "R-1001");
        Assert.Contains("+212 points", await page.TextAsync("#status"));
        Assert.Contains("new balance 212", await page.TextAsync("#status"));
        await page.WaitForAsync("document.querySelector('#member-points').textContent === '212' && !document.querySelector('[data-reward=\"voucher-20\"] .redeem').disabled");
        Assert.Equal("scan", await page.EvaluateAsync<string>("document.activeElement.id"));
        await _till.ScreenshotAsync(page, "till-4-earned.png");

        await page.ClickAsync("[data-reward='voucher-20'] .redeem");
        await page.WaitForAsync("document.activeElement === document.querySelector('[data-reward=\"voucher-20\"] .confirm')");
        Assert.Equal("212", await page.TextAsync("#member-points"));
        await _till.ScreenshotAsync(page, "till-5-confirm-redeem.png");
        await page.ClickAsync("[data-reward='voucher-20'] .confirm");
        await page.WaitForAsync("document.querySelector('#status').innerText.includes('new balance 12')");
        await page.WaitForAsync("document.querySelector('#member-points').textContent === '12'");
        Assert.Contains("−200 points", await page.TextAsync("#status"));
        await _till.ScreenshotAsync(page, "till-6-redeemed.png");

        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task AWrongKeyIsRefusedWithAClearErrorAndIsNotKept()
    {
        await using var page = await _till.OpenTillAsync(1024, 768);

        await page.TypeAsync("#key", "wl_this-key-does-not-exist");
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync("!document.querySelector('#sign-in-error').hidden");

        Assert.Contains("not accepted", await page.TextAsync("#sign-in-error"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#till').hidden"), "the till must stay closed");
        Assert.Null(await page.EvaluateAsync<string>("sessionStorage.getItem('walletloyalty.till.key')"));
        await _till.ScreenshotAsync(page, "till-wrong-key.png");
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task AKeyWithoutTheCashierRoleCannotOpenTheTill()
    {
        var marketerKey = await _till.CreateKeyAsync("marketer");
        await using var page = await _till.OpenTillAsync(1024, 768);

        await page.TypeAsync("#key", marketerKey);
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync("!document.querySelector('#sign-in-error').hidden");

        Assert.Contains("not a cashier key", await page.TextAsync("#sign-in-error"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#till').hidden"), "the till must stay closed");
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task OnAPhoneTheTillFitsTheScreenAndTakesAnAmountWithADecimalComma()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "station");
        var memberCode = await _till.JoinAsync("Sam");
        await using var page = await _till.OpenTillAsync(390, 844, IPhone, mobile: true, scale: 3);

        await SignInAsync(page, cashierKey);
        await ScanAsync(page, memberCode);
        await page.TypeAsync("#amount", "12,50");
        await page.ClickAsync("#earn-form button[type=submit]");
        await page.WaitForAsync("document.querySelector('#status').innerText.includes('+12 points')");

        Assert.Contains("€12.50", await page.TextAsync("#status"));
        await AssertFitsAndTouchableAsync(page);
        await _till.ScreenshotAsync(page, "till-phone.png");
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task WithACameraTheTillReadsTheQrCodeOnTheMembersPhone()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        var memberCode = await _till.JoinAsync("Robin");
        await using var page = await _till.OpenTillAsync(1024, 768, beforeLoad: CameraShowing(memberCode));
        await SignInAsync(page, cashierKey);

        await page.WaitForAsync("!document.querySelector('#camera').hidden");
        await page.ClickAsync("#camera");
        await page.WaitForAsync("!document.querySelector('#member').hidden");

        Assert.Equal("Robin", await page.TextAsync("#member-name"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#camera-view').hidden"), "the camera view should close after a read");
        Assert.True(await page.EvaluateAsync<bool>("window.cameraTracks.every(t => t.readyState === 'ended')"), "the camera should be released after a read");
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task WithoutBarcodeDetectionThereIsNoCameraButton()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        await using var page = await _till.OpenTillAsync(1024, 768, beforeLoad: "delete window.BarcodeDetector;");
        await SignInAsync(page, cashierKey);

        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#camera').hidden"));
    }

    [Fact]
    public async Task ThePageRunsOnlyItsOwnInlineCodeAndMayUseTheCamera()
    {
        using var response = await _till.Service.Client.GetAsync("/till");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'sha256-", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.Contains("camera=(self)", string.Join(" ", response.Headers.GetValues("Permissions-Policy")));
        Assert.Equal("nosniff", string.Join(" ", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.DoesNotContain("://", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // Headless Chromium has neither a camera nor (on Linux) BarcodeDetector: stand in for both.
    private static string CameraShowing(string qrCode) => $$"""
        window.cameraTracks = [];
        window.BarcodeDetector = class {
          static async getSupportedFormats() { return ['qr_code']; }
          async detect(video) { return video.readyState >= 2 ? [{ format: 'qr_code', rawValue: '{{qrCode}}' }] : []; }
        };
        navigator.mediaDevices.getUserMedia = async () => {
          const canvas = document.createElement('canvas');
          const context = canvas.getContext('2d');
          setInterval(() => { context.fillStyle = `hsl(${Date.now() % 360} 50% 50%)`; context.fillRect(0, 0, canvas.width, canvas.height); }, 40);
          const stream = canvas.captureStream(25);
          window.cameraTracks.push(...stream.getTracks());
          return stream;
        };
        """;

    private static async Task AssertFitsAndTouchableAsync(BrowserPage page)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the till scrolls sideways");
        var small = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('button, input:not([type=checkbox]), summary')]
              .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 48)
              .map(e => e.id || e.className || e.textContent)
            """);
        Assert.Empty(small!);
    }
}
