using System.Net;
using System.Text.Json;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Marketing;

/// <summary>The service, a headless Chromium, and the steps a marketer takes on /marketing.</summary>
public sealed class MarketingPageHarness : IAsyncDisposable
{
    private MarketingPageHarness(ServiceHost service, HeadlessChromium browser)
    {
        Service = service;
        Browser = browser;
    }

    public ServiceHost Service { get; }
    public HeadlessChromium Browser { get; }

    public static async Task<MarketingPageHarness> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var service = await ServiceHost.StartAsync(configure);
        try
        {
            return new MarketingPageHarness(service, await HeadlessChromium.LaunchAsync());
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    public async Task<string> CreateKeyAsync(string role, string? programId = null, string? storeId = null)
    {
        using var admin = TillClient.Admin(Service);
        var (response, body) = await admin.PostJsonAsync("/api/v1/keys", new { role, programId, storeId, name = $"Test {role}" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        response.Dispose();
        return body.GetProperty("key").GetString()!;
    }

    /// <summary>Joins the demo program and adds the card to an iPhone that registers for its updates, so campaigns reach it.</summary>
    public async Task JoinWithAnIPhoneAsync(string name)
    {
        var (pass, _) = await Shoppers.JoinAsync(Service, name);
        var iPhone = new AppleDevice(Service.Client, passTypeIdentifier: pass.PassJson.GetProperty("passTypeIdentifier").GetString());
        using var registered = await iPhone.RegisterAsync(pass);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
    }

    public async Task<JsonElement> ResultsAsync(string key, long campaignId)
    {
        using var client = new TillClient(Service.BaseAddress, key);
        using var response = await client.GetAsync($"/api/v1/campaigns/{campaignId}/results");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <param name="beforeLoad">Script the browser runs before the page's own.</param>
    public async Task<BrowserPage> OpenAsync(int width = 1366, int height = 768, string? beforeLoad = null)
    {
        var page = await Browser.NewPageAsync(width, height);
        if (beforeLoad is not null)
        {
            await page.Session.SendAsync("Page.addScriptToEvaluateOnNewDocument", new { source = beforeLoad });
        }
        await page.GotoAsync(new Uri(Service.BaseAddress, "/marketing").ToString());
        await page.WaitForAsync("document.activeElement.id === 'key'");
        return page;
    }

    public static async Task SignInAsync(BrowserPage page, string key)
    {
        await page.TypeAsync("#key", key);
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync("!document.querySelector('#list-view').hidden");
    }

    /// <summary>Writes a campaign for everyone that goes out once, <paramref name="ahead"/> from now, schedules it and waits for its results view.</summary>
    public static async Task ScheduleOnceAsync(BrowserPage page, string name, TimeSpan ahead)
    {
        await page.ClickAsync("#new-campaign");
        await page.WaitForAsync("!document.querySelector('#editor-view').hidden && document.activeElement.id === 'name'");
        await page.TypeAsync("#name", name);
        await page.TypeAsync("#message-title", "Fresh from the oven");
        await page.TypeAsync("#message-body", "Hi {firstName}, come by today.");
        await SetValueAsync(page, "#once-at", ProgramTimeFromNow(ahead));
        await page.ClickAsync("#schedule");
        await page.WaitForAsync("document.querySelector('#confirm').open");
        await page.ClickAsync("#confirm-yes");
        await page.WaitForAsync("!document.querySelector('#results-view').hidden");
    }

    /// <summary>What a date or time picker ends with: a new value and its input and change events.</summary>
    public static Task SetValueAsync(BrowserPage page, string cssSelector, string value) =>
        page.EvaluateAsync<bool>($$"""
            (() => {
              const field = document.querySelector({{JsonSerializer.Serialize(cssSelector)}});
              field.value = {{JsonSerializer.Serialize(value)}};
              field.dispatchEvent(new Event('input', { bubbles: true }));
              field.dispatchEvent(new Event('change', { bubbles: true }));
              return true;
            })()
            """);

    /// <summary>The program's wall-clock time <paramref name="ahead"/> from now, as a datetime-local field holds it.</summary>
    public static string ProgramTimeFromNow(TimeSpan ahead) =>
        CampaignClient.Local(DateTimeOffset.UtcNow + ahead);

    /// <summary>Waits until the live audience count has settled on <paramref name="count"/>.</summary>
    public static Task WaitForAudienceCountAsync(BrowserPage page, string count) =>
        page.WaitForAsync($"document.querySelector('#audience-count').dataset.state === 'ready' && document.querySelector('#count-number').textContent === {JsonSerializer.Serialize(count)}");

    public static Task WaitForTextAsync(BrowserPage page, string cssSelector, string text, TimeSpan? timeout = null) =>
        page.WaitForAsync($"document.querySelector({JsonSerializer.Serialize(cssSelector)}).textContent.trim() === {JsonSerializer.Serialize(text)}", timeout);

    public Task ScreenshotAsync(BrowserPage page, string name) => page.ScreenshotAsync(Path.Combine(Service.DataDirectory, name));

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Service.DisposeAsync();
    }
}
