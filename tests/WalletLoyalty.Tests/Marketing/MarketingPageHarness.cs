using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.Marketing;

/// <summary>The service, a page in the shared headless Chromium, and the steps a marketer takes on /marketing.</summary>
public sealed class MarketingPageHarness : IAsyncDisposable
{
    private MarketingPageHarness(ServiceHost service) => Service = service;

    public ServiceHost Service { get; }

    public static async Task<MarketingPageHarness> StartAsync(Action<Dictionary<string, string?>>? configure = null) =>
        new(await ServiceHost.StartAsync(configure));

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
        var (pass, _) = await Shoppers.JoinAsync(Service, name, marketingConsent: true);
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

    public async Task<BrowserTab> OpenAsync(int width = 1366, int height = 768) => await OpenAsync(EmulatedDevice.Desktop(width, height));

    /// <param name="device">Viewport, emulation and the browser's language, from <see cref="EmulatedDevice"/>.</param>
    public async Task<BrowserTab> OpenAsync(BrowserNewContextOptions device) =>
        await StaffSignIn.OpenAsync(new Uri(Service.BaseAddress, "/marketing"), device);

    /// <summary>Signs in, which opens the overview, and goes on to the campaigns list.</summary>
    public static async Task SignInAsync(IPage page, string key)
    {
        await StaffSignIn.SubmitKeyAsync(page, key);
        await Expect(page.Locator("#overview-view")).ToBeVisibleAsync();
        await page.Locator("#nav-campaigns").ClickAsync();
        await Expect(page.Locator("#list-view")).ToBeVisibleAsync();
    }

    /// <summary>Writes a campaign for everyone that goes out once, <paramref name="ahead"/> from now, schedules it and waits for its results view.</summary>
    public static async Task ScheduleOnceAsync(IPage page, string name, TimeSpan ahead)
    {
        await page.Locator("#new-campaign").ClickAsync();
        await Expect(page.Locator("#editor-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#name")).ToBeFocusedAsync();
        await page.Locator("#name").FillAsync(name);
        await page.Locator("#message-title").FillAsync("Fresh from the oven");
        await page.Locator("#message-body").FillAsync("Hi {firstName}, come by today.");
        await page.Locator("#once-at").FillAsync(ProgramTimeFromNow(ahead));
        await page.Locator("#schedule").ClickAsync();
        await Expect(page.Locator("#confirm")).ToBeVisibleAsync();
        await page.Locator("#confirm-yes").ClickAsync();
        await Expect(page.Locator("#results-view")).ToBeVisibleAsync();
    }

    /// <summary>The program's wall-clock time <paramref name="ahead"/> from now, as a datetime-local field holds it.</summary>
    /// <remarks>
    /// Written as the browser normalizes a datetime-local value, without ":00" seconds: a field filled with
    /// "19:08:00" reads back "19:08", and Playwright refuses a fill that does not read back as given.
    /// </remarks>
    public static string ProgramTimeFromNow(TimeSpan ahead)
    {
        var local = CampaignClient.Local(DateTimeOffset.UtcNow + ahead);
        return local.EndsWith(":00", StringComparison.Ordinal) ? local[..^3] : local;
    }

    /// <summary>Waits until the live audience count has settled on <paramref name="count"/>.</summary>
    public static async Task WaitForAudienceCountAsync(IPage page, string count)
    {
        await Expect(page.Locator("#audience-count")).ToHaveAttributeAsync("data-state", "ready");
        await Expect(page.Locator("#count-number")).ToHaveTextAsync(count);
    }

    public async ValueTask DisposeAsync() => await Service.DisposeAsync();
}
