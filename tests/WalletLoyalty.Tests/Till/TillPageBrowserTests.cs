using System.Net;
using Microsoft.Playwright;
using WalletLoyalty.Tests.Browser;
using static Microsoft.Playwright.Assertions;
using static WalletLoyalty.Tests.Till.TillPageHarness;

namespace WalletLoyalty.Tests.Till;

[Trait("Category", "Database")]
public sealed class TillPageBrowserTests : IAsyncLifetime
{
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    private const string AndroidTablet = "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private static readonly BrowserNewContextOptions Counter = EmulatedDevice.Desktop(1024, 768);
    private TillPageHarness _till = null!;

    public async Task InitializeAsync() => _till = await StartAsync();

    public async Task DisposeAsync() => await _till.DisposeAsync();

    [Fact]
    public async Task ACashierScansACardEarnsPointsForAPurchaseAndRedeemsTheVoucher()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        var memberCode = await _till.JoinAsync("Alex");
        await using var tab = await _till.OpenTillAsync(Counter);
        var page = tab.Page;
        var voucher = page.Locator("[data-reward='voucher-20']");
        await PageScreenshots.SaveAsync(page, "till-1-sign-in");

        await SignInAsync(page, cashierKey);
        await Expect(page.Locator("#store-name")).ToContainTextAsync("Maple Street (flagship)");
        Assert.Equal(cashierKey, await page.EvaluateAsync<string>("sessionStorage.getItem('walletloyalty.till.key')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        await PageScreenshots.SaveAsync(page, "till-2-ready");

        await ScanAsync(page, memberCode);
        await Expect(page.Locator("#member-name")).ToHaveTextAsync("Alex");
        await Expect(page.Locator("#member-points")).ToHaveTextAsync("0");
        await Expect(page.Locator("#amount")).ToBeFocusedAsync();
        await Expect(voucher.Locator(".redeem")).ToBeDisabledAsync(); // a reward the member cannot afford must not be redeemable
        await Expect(voucher.Locator(".why")).ToContainTextAsync("200 points more");
        await AssertFitsAndTouchableAsync(page);
        await PageScreenshots.SaveAsync(page, "till-3-member");

        await EarnAsync(page, "212.40", "R-1001");
        await Expect(page.Locator("#status")).ToContainTextAsync("+212 points");
        await Expect(page.Locator("#status")).ToContainTextAsync("new balance 212");
        await Expect(page.Locator("#member-points")).ToHaveTextAsync("212");
        await Expect(voucher.Locator(".redeem")).ToBeEnabledAsync();
        await Expect(page.Locator("#scan")).ToBeFocusedAsync();
        await PageScreenshots.SaveAsync(page, "till-4-earned");

        await voucher.Locator(".redeem").ClickAsync();
        await Expect(voucher.Locator(".confirm")).ToBeFocusedAsync();
        await Expect(page.Locator("#member-points")).ToHaveTextAsync("212");
        await PageScreenshots.SaveAsync(page, "till-5-confirm-redeem");
        await voucher.Locator(".confirm").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("new balance 12");
        await Expect(page.Locator("#member-points")).ToHaveTextAsync("12");
        await Expect(page.Locator("#status")).ToContainTextAsync("−200 points");
        await PageScreenshots.SaveAsync(page, "till-6-redeemed");

        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task ATabletSetToThaiRunsTheTillInThaiAndTheSwitcherKeepsItSignedIn()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        var memberCode = await _till.JoinAsync("Somchai");
        var tablet = EmulatedDevice.Touch(820, 1180, AndroidTablet, deviceScaleFactor: 2);
        tablet.Locale = "th-TH";
        await using var tab = await _till.OpenTillAsync(tablet);
        var page = tab.Page;
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "th");
        await Expect(page.Locator("#sign-in-title")).ToHaveTextAsync("เข้าสู่ระบบจุดชำระเงิน");

        await SignInAsync(page, cashierKey);
        await ScanAsync(page, memberCode);
        await Expect(page.Locator("#status")).ToContainTextAsync("พบบัตร: Somchai");
        await Expect(page.Locator("[data-reward='voucher-20'] .why")).ToHaveTextAsync("ขาดอีก 200 คะแนน");
        await page.Locator("#amount").FillAsync("1234.50");
        await page.Locator("#receipt").FillAsync("R-2001");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#status")).ToContainTextAsync("+1,234 คะแนน – คะแนนคงเหลือ 1,234");
        await Expect(page.Locator("#status")).ToContainTextAsync("€1,234.50 ใบเสร็จ R-2001");
        await Expect(page.Locator("#member-points")).ToHaveTextAsync("1,234");
        await Expect(page.Locator("#earn-title")).ToHaveTextAsync("สะสมคะแนนจากการซื้อ");
        await AssertFitsAndTouchableAsync(page);
        Assert.True(await page.Locator("#earn-title").EvaluateAsync<double>("h => h.getBoundingClientRect().height") >= 20, "the Thai heading has no glyphs");
        await PageScreenshots.SaveAsync(page, "till-th");

        await page.Locator(".languages a[hreflang=pl]").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pl");
        await Expect(page.Locator("#till")).ToBeVisibleAsync(); // the key in the tab signs the till in again
        await Expect(page.Locator("#store-name")).ToContainTextAsync("Kasa");
        await ScanAsync(page, memberCode);
        await Expect(page.Locator("#status")).ToContainTextAsync("1234 punkty");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task AWrongKeyIsRefusedWithAClearErrorAndIsNotKept()
    {
        await using var tab = await _till.OpenTillAsync(Counter);
        var page = tab.Page;

        await StaffSignIn.SubmitRefusedKeyAsync(page, "wl_this-key-does-not-exist");

        await Expect(page.Locator("#sign-in-error")).ToContainTextAsync("not accepted");
        await Expect(page.Locator("#till")).ToBeHiddenAsync(); // the till must stay closed
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('walletloyalty.till.key')"));
        await PageScreenshots.SaveAsync(page, "till-wrong-key");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task AKeyWithoutTheCashierRoleCannotOpenTheTill()
    {
        var marketerKey = await _till.CreateKeyAsync("marketer");
        await using var tab = await _till.OpenTillAsync(Counter);
        var page = tab.Page;

        await StaffSignIn.SubmitRefusedKeyAsync(page, marketerKey);

        await Expect(page.Locator("#sign-in-error")).ToContainTextAsync("not a cashier key");
        await Expect(page.Locator("#till")).ToBeHiddenAsync(); // the till must stay closed
        await PageScreenshots.SaveAsync(page, "till-not-a-cashier");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task OnAPhoneTheTillFitsTheScreenAndTakesAnAmountWithADecimalComma()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "station");
        var memberCode = await _till.JoinAsync("Sam");
        await using var tab = await _till.OpenTillAsync(EmulatedDevice.Touch(390, 844, IPhone, deviceScaleFactor: 3));
        var page = tab.Page;

        await SignInAsync(page, cashierKey);
        await ScanAsync(page, memberCode);
        await page.Locator("#amount").FillAsync("12,50");
        await page.Locator("#earn-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("+12 points");

        await Expect(page.Locator("#status")).ToContainTextAsync("€12.50");
        await AssertFitsAndTouchableAsync(page);
        await PageScreenshots.SaveAsync(page, "till-decimal-comma");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task WithACameraTheTillReadsTheQrCodeOnTheMembersPhone()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        var memberCode = await _till.JoinAsync("Robin");
        await using var tab = await _till.OpenTillAsync(Counter, beforeLoad: CameraShowing(memberCode));
        var page = tab.Page;
        await SignInAsync(page, cashierKey);

        await Expect(page.Locator("#camera")).ToBeVisibleAsync();
        await page.Locator("#camera").ClickAsync();
        await Expect(page.Locator("#member")).ToBeVisibleAsync();

        await Expect(page.Locator("#member-name")).ToHaveTextAsync("Robin");
        await Expect(page.Locator("#camera-view")).ToBeHiddenAsync(); // the camera view should close after a read
        Assert.True(await page.EvaluateAsync<bool>("window.cameraTracks.every(t => t.readyState === 'ended')"), "the camera should be released after a read");
        await PageScreenshots.SaveAsync(page, "till-camera-read");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task WithoutBarcodeDetectionThereIsNoCameraButton()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        await using var tab = await _till.OpenTillAsync(Counter, beforeLoad: "delete window.BarcodeDetector;");
        var page = tab.Page;
        await SignInAsync(page, cashierKey);

        await Expect(page.Locator("#camera")).ToBeHiddenAsync();
        await PageScreenshots.SaveAsync(page, "till-no-camera");
    }

    [Fact]
    public async Task ThePageRunsOnlyItsOwnInlineCodeAndMayUseTheCamera()
    {
        using var response = await _till.Service.Client.GetAsync("/till");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self' 'nonce-", policy);
        Assert.Contains("style-src 'self';", policy);
        Assert.Contains("media-src 'self' blob:", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.DoesNotContain("sha256", policy);
        Assert.Contains("camera=(self)", string.Join(" ", response.Headers.GetValues("Permissions-Policy")));
        Assert.Equal("nosniff", string.Join(" ", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html); // no inline event handlers
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

    private static async Task AssertFitsAndTouchableAsync(IPage page)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the till scrolls sideways");
        var small = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('button, input:not([type=checkbox]), summary')]
              .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 48)
              .map(e => e.id || e.className || e.textContent)
            """);
        Assert.Empty(small);
    }
}
