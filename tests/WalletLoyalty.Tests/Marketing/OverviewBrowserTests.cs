using System.Globalization;
using Microsoft.Playwright;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Kpis;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.Marketing;

/// <summary>The overview, the marketer's home on /marketing, over a seeded year of purchases.</summary>
[Trait("Category", "Database")]
public sealed class OverviewBrowserTests : IAsyncLifetime
{
    private MarketingPageHarness _dashboard = null!;
    private OverviewSeed _seed = null!;

    public async Task InitializeAsync()
    {
        _dashboard = await MarketingPageHarness.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        _seed = await OverviewSeed.PlantAsync(new HandMadeLedger(_dashboard.Service));
    }

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    [Fact]
    public async Task OnADeskTheOverviewShowsThePeriodsFiguresTrendsStoresFlyersAndCohortsAndDownloadsEachTable()
    {
        var key = await _dashboard.CreateKeyAsync("marketer", programId: "demo");
        await using var tab = await _dashboard.OpenAsync(1366, 900);
        var page = tab.Page;

        await StaffSignIn.SubmitKeyAsync(page, key);
        await Expect(page.Locator("#overview-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#nav-overview")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Locator("#period-choice [data-preset='30']")).ToHaveAttributeAsync("aria-pressed", "true");

        var month = _seed.InLastDays(30).ToList();
        await Expect(Card(page, "purchases")).ToHaveTextAsync(Count(month.Count));
        await Expect(Card(page, "customers")).ToHaveTextAsync(Count(month.Select(p => p.Member).Distinct().Count()));
        await Expect(Card(page, "netAmountMinor")).ToHaveTextAsync(Euros(month.Sum(p => p.AmountMinor)));
        await Expect(page.Locator("#overview-kpis [data-figure=purchases] .before")).ToContainTextAsync("before: ");
        await Expect(StoreCell(page, "maple-street", 2)).ToHaveTextAsync(Count(month.Count(p => p.Store == "maple-street")));
        await Expect(StoreCell(page, "station", 2)).ToHaveTextAsync(Count(month.Count(p => p.Store == "station")));
        await Expect(StoreCell(page, "maple-street", 1)).ToHaveTextAsync(Euros(month.Where(p => p.Store == "maple-street").Sum(p => p.AmountMinor)));

        // At least 13 weeks, Monday to Monday, up to this one; then 12 calendar months up to this one.
        Assert.InRange(await page.Locator("#trend-chart g.bucket").CountAsync(), 14, 15);
        var monday = _seed.Today.AddDays(-(((int)_seed.Today.DayOfWeek + 6) % 7));
        await Expect(page.Locator("#trend-chart g.bucket").Last).ToHaveAttributeAsync("data-start", Iso(monday));

        // The cohorts: the 12 join months up to this one, the oldest with a cell for each month since.
        var firstMonth = new DateOnly(_seed.Today.Year, _seed.Today.Month, 1).AddMonths(-11);
        await Expect(page.Locator("#cohort-rows tr")).ToHaveCountAsync(12);
        await Expect(page.Locator("#cohort-rows tr").First.Locator("td.cell")).ToHaveCountAsync(12);
        var (members, bought) = _seed.Cohort(firstMonth, 1);
        await Expect(page.Locator("#cohort-rows tr").First.Locator("td.cell").Nth(1)).ToHaveTextAsync($"{Math.Round(100.0 * bought / members)}%");
        await Expect(page.Locator("#funnel-rows tr")).ToHaveCountAsync(await FunnelRowsAsync());
        await PageScreenshots.SaveAsync(page, "overview-1-month");

        await page.Locator("#trend-interval [data-interval=month]").ClickAsync();
        await Expect(page.Locator("#trend-chart g.bucket")).ToHaveCountAsync(12);
        await Expect(page.Locator("#trend-chart g.bucket").Last).ToHaveAttributeAsync("data-start", Iso(firstMonth.AddMonths(11)));
        await page.Locator("#trend-figure [data-figure=customers]").ClickAsync();
        await Expect(page.Locator("#trend-chart svg")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Customers: "));

        await page.Locator("#period-choice [data-preset='7']").ClickAsync();
        await Expect(Card(page, "purchases")).ToHaveTextAsync(Count(_seed.InLastDays(7).Count()));
        await PageScreenshots.SaveAsync(page, "overview-2-week-by-month");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("button[data-csv=stores]").ClickAsync());
        var from = Iso(_seed.Today.AddDays(-6));
        var to = Iso(_seed.Today.AddDays(1));
        Assert.Equal($"demo-stores-{from}-{to}.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync(await download.PathAsync())).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("store,name,purchases,customers,net_amount_minor,average_order_value_minor", lines[0]);
        Assert.Equal(3, lines.Length);
        var trends = await page.RunAndWaitForDownloadAsync(() => page.Locator("button[data-csv=trends]").ClickAsync());
        Assert.StartsWith("demo-trends-month-", trends.SuggestedFilename, StringComparison.Ordinal);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task OnAPhoneInGermanTheOverviewFitsTheScreenAndWritesMoneyTheGermanWay()
    {
        var key = await _dashboard.CreateKeyAsync("marketer", programId: "demo");
        var phone = EmulatedDevice.Touch(390, 844, PhoneUserAgent, deviceScaleFactor: 3);
        phone.Locale = "de-DE";
        await using var tab = await _dashboard.OpenAsync(phone);
        var page = tab.Page;

        await StaffSignIn.SubmitKeyAsync(page, key);
        await Expect(page.Locator("#overview-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#overview-title")).ToHaveTextAsync("Übersicht");
        var month = _seed.InLastDays(30).ToList();
        var net = (month.Sum(p => p.AmountMinor) / 100m).ToString("#,##0.00", CultureInfo.GetCultureInfo("de-DE"));
        await Expect(Card(page, "netAmountMinor")).ToHaveTextAsync($"{net}\u00a0€");
        await Expect(page.Locator("#cohort-rows tr")).ToHaveCountAsync(12);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await PageScreenshots.SaveAsync(page, "overview-de-phone");
        Assert.Empty(tab.ConsoleErrors);
    }

    private const string PhoneUserAgent =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

    private static ILocator Card(IPage page, string figure) => page.Locator($"#overview-kpis [data-figure={figure}] .kpi-value");

    private static ILocator StoreCell(IPage page, string store, int column) => page.Locator($"#store-rows tr[data-store={store}] td:nth-of-type({column})");

    private static string Count(int n) => n.ToString("#,##0", CultureInfo.GetCultureInfo("en-US"));

    private static string Euros(long minor) => "€" + (minor / 100m).ToString("#,##0.00", CultureInfo.GetCultureInfo("en-US"));

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The flyer sources of the members who joined in the last 30 days (the seed's members join on the 1st of a month).</summary>
    private async Task<int> FunnelRowsAsync()
    {
        using var admin = Support.TillClient.Admin(_dashboard.Service);
        using var response = await admin.GetAsync("/api/v1/programs/demo/kpis");
        var body = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content);
        return body.GetProperty("funnel").GetArrayLength();
    }
}
