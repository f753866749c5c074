using WalletLoyalty.Tests.Support;
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
        await using var page = await _dashboard.OpenAsync();
        await SignInAsync(page, key);

        await ScheduleOnceAsync(page, "Evening bread", TimeSpan.FromSeconds(10));
        await WaitForTextAsync(page, "#results-status", "Sending", TimeSpan.FromSeconds(40));
        await page.WaitForAsync("!document.querySelector('#progress').hidden && document.querySelector('#progress-text').textContent.startsWith('0 of 2 messages queued')");
        Assert.Equal("0", await page.EvaluateAsync<string>("document.querySelector('#progress-bar').getAttribute('aria-valuenow')"));
        Assert.Equal("2", await page.TextAsync("#kpi-audience"));
        Assert.False(await page.EvaluateAsync<bool>("document.querySelector('#action-pause').hidden"), "a sending campaign can be paused");
        await _dashboard.ScreenshotAsync(page, "marketing-sending.png");

        await page.ClickAsync("#action-pause");
        await page.WaitForAsync("document.querySelector('#confirm').open");
        await page.ClickAsync("#confirm-yes");
        await WaitForTextAsync(page, "#results-status", "Paused");
        await WaitForTextAsync(page, "#progress-title", "Paused");

        await page.ClickAsync("#action-cancel");
        await page.WaitForAsync("document.querySelector('#confirm').open");
        await page.ClickAsync("#confirm-yes");
        await WaitForTextAsync(page, "#results-status", "Cancelled");
        await page.WaitForAsync("document.querySelector('#progress').hidden && document.activeElement.id === 'results-title'");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#action-cancel').hidden"), "a cancelled campaign cannot be cancelled again");
        Assert.Empty(page.ConsoleErrors);
    }
}
