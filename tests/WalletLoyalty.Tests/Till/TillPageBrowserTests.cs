using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Till;

public sealed class TillPageBrowserTests : IAsyncLifetime
{
    private const string AdminKey = "test-bootstrap-admin-key-7f3c9a1e5b2d4c6e8a0f1b3d5e7c9a2b";
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    private ServiceHost _service = null!;
    private HeadlessChromium _browser = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync(s => s["Auth:BootstrapAdminKey"] = AdminKey);
        _browser = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task ACashierScansACardEarnsPointsForAPurchaseAndRedeemsTheVoucher()
    {
        var cashierKey = await CreateCashierKeyAsync("maple-street");
        var memberCode = await JoinAsync("Alex");
        await using var page = await OpenTillAsync(1024, 768);
        await Screenshot(page, "till-1-sign-in.png");

        await SignInAsync(page, cashierKey);
        Assert.Contains("Maple Street (flagship)", await page.TextAsync("#store-name"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.id === 'scan'"), "the scan field should have the focus, ready for a scanner");
        Assert.Equal(cashierKey, await page.EvaluateAsync<string>("sessionStorage.getItem('walletloyalty.till.key')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        await Screenshot(page, "till-2-ready.png");

        await ScanAsync(page, memberCode);
        Assert.Equal("Alex", await page.TextAsync("#member-name"));
        Assert.Equal("0", await page.TextAsync("#member-points"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('[data-reward=\"voucher-20\"] .redeem').disabled"), "a reward the member cannot afford must not be redeemable");
        Assert.Contains("200 points more", await page.TextAsync("[data-reward='voucher-20'] .why"));
        await AssertFitsAndTouchableAsync(page);
        await Screenshot(page, "till-3-member.png");

        await page.TypeAsync("#amount", "212.40");
        await page.EvaluateAsync<string>("document.querySelector('#receipt').value = ''");
        await page.TypeAsync("#receipt", "R-1001");
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync("document.querySelector('#status').innerText.includes('+212 points')");
        Assert.Contains("new balance 212", await page.TextAsync("#status"));
        await page.WaitForAsync("document.querySelector('#member-points').textContent === '212' && !document.querySelector('[data-reward=\"voucher-20\"] .redeem').disabled");
        await Screenshot(page, "till-4-earned.png");

        await page.ClickAsync("[data-reward='voucher-20'] .redeem");
        await page.WaitForAsync("document.activeElement === document.querySelector('[data-reward=\"voucher-20\"] .confirm')");
        Assert.Equal("212", await page.TextAsync("#member-points"));
        await Screenshot(page, "till-5-confirm-redeem.png");
        await page.ClickAsync("[data-reward='voucher-20'] .confirm");
        await page.WaitForAsync("document.querySelector('#status').innerText.includes('new balance 12')");
        await page.WaitForAsync("document.querySelector('#member-points').textContent === '12'");
        Assert.Contains("−200 points", await page.TextAsync("#status"));
        await Screenshot(page, "till-6-redeemed.png");

        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task AWrongKeyIsRefusedWithAClearErrorAndIsNotKept()
    {
        await using var page = await OpenTillAsync(1024, 768);

        await page.TypeAsync("#key", "wl_this-key-does-not-exist");
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync("!document.querySelector('#sign-in-error').hidden");

        Assert.Contains("not accepted", await page.TextAsync("#sign-in-error"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#till').hidden"), "the till must stay closed");
        Assert.Null(await page.EvaluateAsync<string>("sessionStorage.getItem('walletloyalty.till.key')"));
        await Screenshot(page, "till-wrong-key.png");
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task OnAPhoneTheTillFitsTheScreenAndTakesAnAmountWithADecimalComma()
    {
        var cashierKey = await CreateCashierKeyAsync("station");
        var memberCode = await JoinAsync("Sam");
        await using var page = await OpenTillAsync(390, 844, IPhone, mobile: true, scale: 3);

        await SignInAsync(page, cashierKey);
        await ScanAsync(page, memberCode);
        await page.TypeAsync("#amount", "12,50");
        await page.ClickAsync("#earn-form button[type=submit]");
        await page.WaitForAsync("document.querySelector('#status').innerText.includes('+12 points')");

        Assert.Contains("€12.50", await page.TextAsync("#status"));
        await AssertFitsAndTouchableAsync(page);
        await Screenshot(page, "till-phone.png");
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task ThePageRunsOnlyItsOwnInlineCodeAndMayUseTheCamera()
    {
        using var response = await _service.Client.GetAsync("/till");

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

    private async Task<string> CreateCashierKeyAsync(string storeId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/keys")
        {
            Content = JsonContent.Create(new { role = "cashier", storeId, name = "Till 1" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        using var response = await _service.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private async Task<string> JoinAsync(string name)
    {
        var pass = await new AppleDevice(_service.Client).AddFromJoinLinkAsync($"/join/demo/apple?name={name}");
        return pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!;
    }

    private async Task<BrowserPage> OpenTillAsync(int width, int height, string? userAgent = null, bool mobile = false, double scale = 1)
    {
        var page = await _browser.NewPageAsync(width, height, userAgent, mobile, scale);
        await page.GotoAsync(new Uri(_service.BaseAddress, "/till").ToString());
        await page.WaitForAsync("document.activeElement.id === 'key'");
        return page;
    }

    private static async Task SignInAsync(BrowserPage page, string key)
    {
        await page.TypeAsync("#key", key);
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync("!document.querySelector('#till').hidden && document.activeElement.id === 'scan'");
    }

    // A keyboard-wedge scanner types the code into the focused field and presses Enter.
    private static async Task ScanAsync(BrowserPage page, string code)
    {
        await page.TypeAsync("#scan", code);
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync("!document.querySelector('#member').hidden && document.activeElement.id === 'amount'");
    }

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

    private Task Screenshot(BrowserPage page, string name) => page.ScreenshotAsync(Path.Combine(_service.DataDirectory, name));
}
