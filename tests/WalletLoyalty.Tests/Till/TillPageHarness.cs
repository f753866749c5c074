using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.Till;

/// <summary>The service with a bootstrap admin key, a page in the shared headless Chromium, and the steps a cashier takes on /till.</summary>
public sealed class TillPageHarness : IAsyncDisposable
{
    public const string AdminKey = "test-bootstrap-admin-key-7f3c9a1e5b2d4c6e8a0f1b3d5e7c9a2b";

    private TillPageHarness(ServiceHost service) => Service = service;

    public ServiceHost Service { get; }

    public static async Task<TillPageHarness> StartAsync() =>
        new(await ServiceHost.StartAsync(s => s["Auth:BootstrapAdminKey"] = AdminKey));

    public async Task<string> CreateKeyAsync(string role, string? storeId = null)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/keys", AdminKey, new { role, storeId, name = $"Test {role}" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    /// <summary>Joins the demo program from the landing page's link; returns the code in the pass's QR code.</summary>
    public async Task<string> JoinAsync(string name)
    {
        var pass = await new AppleDevice(Service.Client).AddFromLandingPageAsync("/join/demo", name);
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

    /// <param name="device">Viewport and emulation, from <see cref="EmulatedDevice"/>.</param>
    /// <param name="beforeLoad">Script the browser runs before the page's own, e.g. to stand in for a camera.</param>
    public async Task<BrowserTab> OpenTillAsync(BrowserNewContextOptions device, string? beforeLoad = null)
    {
        return await StaffSignIn.OpenAsync(new Uri(Service.BaseAddress, "/till"), device, beforeLoad);
    }

    public static async Task SignInAsync(IPage page, string key)
    {
        await StaffSignIn.SubmitKeyAsync(page, key);
        await Expect(page.Locator("#till")).ToBeVisibleAsync();
        await Expect(page.Locator("#scan")).ToBeFocusedAsync();
    }

    /// <summary>What a keyboard-wedge scanner does: types the code into the focused field and presses Enter.</summary>
    public static async Task ScanAsync(IPage page, string code)
    {
        await page.Locator("#scan").FillAsync(code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#member")).ToBeVisibleAsync();
        await Expect(page.Locator("#scan")).ToHaveValueAsync("");
    }

    public static async Task EarnAsync(IPage page, string amount, string receiptId)
    {
        await page.Locator("#amount").FillAsync(amount);
        await page.Locator("#receipt").FillAsync(receiptId);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#status")).ToContainTextAsync($"receipt {receiptId}");
    }

    /// <summary>Presses an offer's Redeem, waits for the question, and confirms it.</summary>
    public static async Task RedeemAsync(IPage page, string offerSelector)
    {
        var offer = page.Locator(offerSelector);
        await offer.Locator(".redeem").ClickAsync();
        await Expect(offer.Locator(".confirm")).ToBeFocusedAsync();
        await offer.Locator(".confirm").ClickAsync();
    }

    public async ValueTask DisposeAsync() => await Service.DisposeAsync();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string key, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await Service.Client.SendAsync(request);
    }
}
