using System.Globalization;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Kpis;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static WalletLoyalty.Tests.Marketing.MarketingPageHarness;

namespace WalletLoyalty.Tests.Marketing;

/// <summary>The editor's purchase segment: the boxes narrow the live count, a missing window is marked, and the campaign keeps it.</summary>
[Trait("Category", "Database")]
public sealed class MarketingPageSegmentTests : IAsyncLifetime
{
    private MarketingPageHarness _dashboard = null!;

    public async Task InitializeAsync() => _dashboard = await StartAsync(settings =>
    {
        CampaignTemplates.Use(settings);
        settings["Push:DispatcherEnabled"] = "false";
    });

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    private static string DaysAgo(int days) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(-days), HandMadeLedger.Berlin).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task AMarketerOffersCroissantsToMembersWhoBoughtThemThreeTimes()
    {
        foreach (var name in new[] { "Alex", "Sam", "Robin" })
        {
            await _dashboard.JoinWithAnIPhoneAsync(name);
        }
        var members = await _dashboard.Service.QueryAsync<long>("SELECT id FROM members WHERE program_id = 'demo' ORDER BY id");
        var ledger = new HandMadeLedger(_dashboard.Service);
        foreach (var days in new[] { 3, 9, 20 })
        {
            await ledger.PurchaseAsync(members[0], DaysAgo(days), 450, categories: "coffee;croissant");
        }
        await ledger.PurchaseAsync(members[1], DaysAgo(4), 450, categories: "croissant");
        await ledger.PurchaseAsync(members[1], DaysAgo(5), 450, categories: "croissant");
        await ledger.RefundAsync(await ledger.PurchaseAsync(members[1], DaysAgo(6), 450, categories: "croissant"), DaysAgo(2));
        var key = await _dashboard.CreateKeyAsync("marketer");
        await using var tab = await _dashboard.OpenAsync(1366, 900);
        var page = tab.Page;
        await SignInAsync(page, key);
        await page.Locator("#new-campaign").ClickAsync();
        await page.Locator("#name").FillAsync("Croissant regulars");
        await WaitForAudienceCountAsync(page, "3");

        await page.Locator("#segment-category").FillAsync("croissant");
        await Expect(page.Locator("#segment-days")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#count-detail")).ToContainTextAsync("Fix the filters marked in red");
        await Expect(page.Locator("#segment-fields")).ToContainTextAsync("Enter the days to look back, 1 to 730.");
        await page.Locator("#segment-days").FillAsync("30");
        await WaitForAudienceCountAsync(page, "2");
        await page.Locator("#segment-purchases").FillAsync("3");
        await WaitForAudienceCountAsync(page, "1");
        await page.Locator("#segment-spent").FillAsync("13,51");
        await WaitForAudienceCountAsync(page, "0");
        await page.Locator("#segment-spent").FillAsync("13.50");
        await WaitForAudienceCountAsync(page, "1");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        await page.Locator("#segment-fields").ScrollIntoViewIfNeededAsync();
        await PageScreenshots.SaveAsync(page, "marketing-segment");

        await page.Locator("#message-title").FillAsync("Your croissant is on us");
        await page.Locator("#message-body").FillAsync("Hi {firstName}, the fourth one is free this week.");
        await page.Locator("#trigger-type input[value=cron]").ClickAsync();
        await page.Locator("#schedule").ClickAsync();
        await page.Locator("#confirm-yes").ClickAsync();
        await Expect(page.Locator("#results-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#campaign-summary")).ToContainTextAsync("bought in the last 30 days: in croissant, at least 3 purchases, 13.50 EUR or more");
        await page.SetViewportSizeAsync(390, 844);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        Assert.Empty(tab.ConsoleErrors);
    }
}
