using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Till;

/// <summary>The service with a bootstrap admin key, a headless Chromium, and the steps a cashier takes on /till.</summary>
public sealed class TillPageHarness : IAsyncDisposable
{
    public const string AdminKey = "test-bootstrap-admin-key-7f3c9a1e5b2d4c6e8a0f1b3d5e7c9a2b";

    private TillPageHarness(ServiceHost service, HeadlessChromium browser)
    {
        Service = service;
        Browser = browser;
    }

    public ServiceHost Service { get; }
    public HeadlessChromium Browser { get; }

    public static async Task<TillPageHarness> StartAsync()
    {
        var service = await ServiceHost.StartAsync(s => s["Auth:BootstrapAdminKey"] = AdminKey);
        try
        {
            return new TillPageHarness(service, await HeadlessChromium.LaunchAsync());
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    public async Task<string> CreateKeyAsync(string role, string? storeId = null)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/keys", AdminKey, new { role, storeId, name = $"Test {role}" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    /// <summary>Joins the demo program from the landing page's link; returns the code in the pass's QR code.</summary>
    public async Task<string> JoinAsync(string name)
    {
        var pass = await new AppleDevice(Service.Client).AddFromJoinLinkAsync($"/join/demo/apple?name={name}");
        return pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!;
    }

    public async Task<string> IssueCouponAsync(string cashierKey, string memberCode, string title)
    {
        using var card = await SendAsync(HttpMethod.Get, $"/api/v1/till/cards/{memberCode}", cashierKey);
        var memberId = (await card.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("member").GetProperty("id").GetInt64();
        using var response = await SendAsync(HttpMethod.Post, $"/api/v1/programs/demo/members/{memberId}/coupons", AdminKey,
            new { title, description = "On any cake", valueMinor = 500, expiresAt = DateTimeOffset.UtcNow.AddDays(30) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    /// <param name="beforeLoad">Script the browser runs before the page's own, e.g. to stand in for a camera.</param>
    public async Task<BrowserPage> OpenTillAsync(int width, int height, string? userAgent = null, bool mobile = false, double scale = 1, string? beforeLoad = null)
    {
        var page = await Browser.NewPageAsync(width, height, userAgent, mobile, scale);
        if (beforeLoad is not null)
        {
            await page.Session.SendAsync("Page.addScriptToEvaluateOnNewDocument", new { source = beforeLoad });
        }
        await page.GotoAsync(new Uri(Service.BaseAddress, "/till").ToString());
        await page.WaitForAsync("document.activeElement.id === 'key'");
        return page;
    }

    public static async Task SignInAsync(BrowserPage page, string key)
    {
        await page.TypeAsync("#key", key);
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync("!document.querySelector('#till').hidden && document.activeElement.id === 'scan'");
    }

    /// <summary>What a keyboard-wedge scanner does: types the code into the focused field and presses Enter.</summary>
    public static async Task ScanAsync(BrowserPage page, string code)
    {
        await page.TypeAsync("#scan", code);
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync("!document.querySelector('#member').hidden && document.querySelector('#scan').value === ''");
    }

    public static async Task EarnAsync(BrowserPage page, string amount, string receiptId)
    {
        await page.TypeAsync("#amount", amount);
        await page.EvaluateAsync<string>("document.querySelector('#receipt').value = ''");
        await page.TypeAsync("#receipt", receiptId);
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync($"document.querySelector('#status').innerText.includes('receipt {receiptId}')");
    }

    /// <summary>Presses an offer's Redeem, waits for the question, and confirms it.</summary>
    public static async Task RedeemAsync(BrowserPage page, string offerSelector)
    {
        await page.ClickAsync($"{offerSelector} .redeem");
        await page.WaitForAsync($"document.activeElement === document.querySelector(\"{offerSelector} .confirm\")");
        await page.ClickAsync($"{offerSelector} .confirm");
    }

    public Task ScreenshotAsync(BrowserPage page, string name) => page.ScreenshotAsync(Path.Combine(Service.DataDirectory, name));

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Service.DisposeAsync();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string key, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await Service.Client.SendAsync(request);
    }
}
