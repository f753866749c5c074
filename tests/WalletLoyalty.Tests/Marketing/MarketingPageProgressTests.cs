using System.Text.RegularExpressions;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static WalletLoyalty.Tests.Marketing.MarketingPageHarness;

namespace WalletLoyalty.Tests.Marketing;

/// <summary>Quiet hours that last the whole test hold a campaign in "sending" with nothing queued: a state that does not pass by unseen.</summary>
[Trait("Category", "Database")]
public sealed class MarketingPageProgressTests : IAsyncLifetime
{
    private PushRig _push = null!;
    private MarketingPageHarness _dashboard = null!;

    public async Task InitializeAsync()
    {
        _push = await PushRig.StartAsync();
        _dashboard = await StartAsync(settings =>
        {
            _push.Configure(settings);
            CampaignTemplates.Use(settings, quietHours: CampaignTemplates.QuietNow());
        });
    }

    public async Task DisposeAsync()
    {
        await _dashboard.DisposeAsync();
        await _push.DisposeAsync();
    }

    [Fact]
    public async Task ACampaignHeldBackByQuietHoursShowsItsProgressAndCanBePausedAndCancelled()
    {
        await _dashboard.JoinWithAnIPhoneAsync("Alex");
        await _dashboard.JoinWithAnIPhoneAsync("Sam");
        var key = await _dashboard.CreateKeyAsync("marketer");
        await using var tab = await _dashboard.OpenAsync();
        var page = tab.Page;
        var status = page.Locator("#results-status");
        var confirm = page.Locator("#confirm");
        await SignInAsync(page, key);

        await ScheduleOnceAsync(page, "Evening bread", TimeSpan.FromSeconds(10));
        await Expect(status).ToHaveTextAsync("Sending", new() { Timeout = 40_000 });
        await Expect(page.Locator("#progress")).ToBeVisibleAsync();
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync(new Regex("^" + Regex.Escape("0 of 2 messages queued")));
        await Expect(page.Locator("#progress-bar")).ToHaveAttributeAsync("aria-valuenow", "0");
        await Expect(page.Locator("#kpi-audience")).ToHaveTextAsync("2");
        await Expect(page.Locator("#action-pause")).ToBeVisibleAsync(); // a sending campaign can be paused
        await PageScreenshots.SaveAsync(page, "marketing-sending");

        await page.Locator("#action-pause").ClickAsync();
        await Expect(confirm).ToBeVisibleAsync();
        await page.Locator("#confirm-yes").ClickAsync();
        await Expect(status).ToHaveTextAsync("Paused");
        await Expect(page.Locator("#progress-title")).ToHaveTextAsync("Paused");

        await page.Locator("#action-cancel").ClickAsync();
        await Expect(confirm).ToBeVisibleAsync();
        await page.Locator("#confirm-yes").ClickAsync();
        await Expect(status).ToHaveTextAsync("Cancelled");
        await Expect(page.Locator("#progress")).ToBeHiddenAsync();
        await Expect(page.Locator("#results-title")).ToBeFocusedAsync();
        await Expect(page.Locator("#action-cancel")).ToBeHiddenAsync(); // a cancelled campaign cannot be cancelled again
        Assert.Empty(tab.ConsoleErrors);
    }
}
