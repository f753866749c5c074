using System.Text.Json;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static WalletLoyalty.Tests.Marketing.MarketingPageHarness;

namespace WalletLoyalty.Tests.Marketing;

[Trait("Category", "Database")]
public sealed class MarketingPageBrowserTests : IAsyncLifetime
{
    // The page saves the CSV through a link to a blob: URL; keep what it would save instead of writing a file.
    private const string KeepDownloads = """
        window.downloads = [];
        const blobs = new Map();
        const createObjectURL = URL.createObjectURL;
        URL.createObjectURL = (blob) => {
          const url = createObjectURL.call(URL, blob);
          blobs.set(url, blob);
          return url;
        };
        HTMLAnchorElement.prototype.click = function () {
          if (!this.download) return;
          const saved = { name: this.download, text: null };
          window.downloads.push(saved);
          blobs.get(this.href).text().then((text) => { saved.text = text; });
        };
        """;

    private PushRig _push = null!;
    private MarketingPageHarness _dashboard = null!;

    // Pushes go to a fake APNs; the demo program's quiet hours are lifted so the tests pass at any time of day.
    public async Task InitializeAsync()
    {
        _push = await PushRig.StartAsync();
        _dashboard = await StartAsync(settings =>
        {
            _push.Configure(settings);
            CampaignTemplates.Use(settings);
        });
    }

    public async Task DisposeAsync()
    {
        await _dashboard.DisposeAsync();
        await _push.DisposeAsync();
    }

    [Fact]
    public async Task AMarketerPlansACampaignForEveryMemberAndWatchesItGoOut()
    {
        foreach (var name in new[] { "Alex", "Sam", "Robin" })
        {
            await _dashboard.JoinWithAnIPhoneAsync(name);
        }
        var key = await _dashboard.CreateKeyAsync("marketer");
        await using var page = await _dashboard.OpenAsync(1366, 768, KeepDownloads);
        await _dashboard.ScreenshotAsync(page, "marketing-1-sign-in.png");

        await SignInAsync(page, key);
        Assert.Equal(key, await page.EvaluateAsync<string>("sessionStorage.getItem('walletloyalty.marketing.key')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        Assert.False(await page.EvaluateAsync<bool>("document.querySelector('#list-empty').hidden"), "a new program has no campaigns");

        await page.ClickAsync("#new-campaign");
        await page.WaitForAsync("!document.querySelector('#editor-view').hidden && document.activeElement.id === 'name'");
        await page.TypeAsync("#name", "Spring hello");
        await WaitForAudienceCountAsync(page, "3");
        await HoldOutNobodyAsync(page);
        await page.WaitForAsync("document.querySelector('#count-detail').textContent.includes('0 held out')");
        await page.TypeAsync("#message-title", "Spring is here, ");
        await page.ClickAsync(".token[data-token='{firstName}']");
        await page.TypeAsync("#message-body", "You have {points} points ({tier}). Fresh loaves are out.");
        Assert.Equal("Spring is here, Alex", await page.TextAsync("#preview-title"));
        Assert.Contains("You have 240 points", await page.TextAsync("#preview-body"));
        await SetValueAsync(page, "#once-at", ProgramTimeFromNow(TimeSpan.FromSeconds(20)));
        await WaitForAudienceCountAsync(page, "3");
        await AssertFitsAsync(page);
        await page.EvaluateAsync<bool>("(window.scrollTo(0, 0), true)");
        await _dashboard.ScreenshotAsync(page, "marketing-2-editor.png");

        await page.ClickAsync("#schedule");
        await page.WaitForAsync("document.querySelector('#confirm').open");
        Assert.Contains("To 3 members", await page.TextAsync("#confirm-facts"));
        await _dashboard.ScreenshotAsync(page, "marketing-3-confirm-schedule.png");
        await page.ClickAsync("#confirm-yes");
        await page.WaitForAsync("!document.querySelector('#results-view').hidden");
        Assert.Contains("“Spring hello” is scheduled", await page.TextAsync("#status"));

        await page.WaitForAsync("document.querySelector('#results-status').textContent !== 'Scheduled'", TimeSpan.FromSeconds(40));
        await _dashboard.ScreenshotAsync(page, "marketing-4-sending.png");
        await WaitForTextAsync(page, "#results-status", "Completed", TimeSpan.FromSeconds(60));
        await WaitForTextAsync(page, "#kpi-sent", "3");
        await WaitForTextAsync(page, "#kpi-delivered", "3", TimeSpan.FromSeconds(30));
        Assert.Equal("3", await page.TextAsync("#kpi-audience"));
        Assert.Contains("Completed: 3 messages sent", await page.TextAsync("#results-live"));
        Assert.Equal(3, await page.EvaluateAsync<int>("document.querySelectorAll('#channel-charts svg').length"));
        Assert.Contains("3 sent, 3 delivered", await page.EvaluateAsync<string>("document.querySelector('[data-channel=apple] svg').getAttribute('aria-label')"));
        var campaignId = long.Parse(await page.EvaluateAsync<string>("location.hash.split('/').pop()") ?? "", System.Globalization.CultureInfo.InvariantCulture);
        var sent = (await _dashboard.ResultsAsync(key, campaignId)).GetProperty("channels").GetProperty("apple").GetProperty("sent").GetInt32();
        Assert.Equal(3, sent);
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#progress').hidden"), "a finished campaign shows no progress bar");
        await _dashboard.ScreenshotAsync(page, "marketing-5-completed.png");

        await page.ClickAsync("#download-csv");
        await page.WaitForAsync("window.downloads.length === 1 && window.downloads[0].text !== null");
        Assert.Equal("spring-hello-results.csv", await page.EvaluateAsync<string>("window.downloads[0].name"));
        Assert.Contains($"{campaignId},apple,3,0,3,3,0,0,0,0", await page.EvaluateAsync<string>("window.downloads[0].text"), StringComparison.Ordinal);

        await page.ClickAsync("#results-view .back");
        await page.WaitForAsync("document.querySelector(`#campaign-rows tr[data-id='" + campaignId + "']`) !== null");
        Assert.Contains("Completed", await page.TextAsync($"#campaign-rows tr[data-id='{campaignId}']"));
        await _dashboard.ScreenshotAsync(page, "marketing-6-list.png");
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task EveryChangeOfCourseIsConfirmedFirst()
    {
        var key = await _dashboard.CreateKeyAsync("marketer", programId: "demo");
        await using var page = await _dashboard.OpenAsync();
        await SignInAsync(page, key);
        await page.ClickAsync("#new-campaign");
        await page.WaitForAsync("document.activeElement.id === 'name'");
        await page.TypeAsync("#name", "Friday treat");
        await page.TypeAsync("#message-title", "It's Friday");
        await page.TypeAsync("#message-body", "A treat is waiting, {firstName}.");
        await page.ClickAsync("#trigger-type input[value=cron]");
        await page.ClickAsync("#schedule");
        await page.WaitForAsync("document.querySelector('#confirm').open");
        Assert.Contains("When: Every Friday at 17:00", await page.TextAsync("#confirm-facts"));
        await page.ClickAsync("#confirm-yes");
        await WaitForTextAsync(page, "#results-status", "Scheduled");

        await page.ClickAsync("#action-pause");
        await page.WaitForAsync("document.querySelector('#confirm').open");
        await page.PressKeyAsync("Escape");
        await page.WaitForAsync("!document.querySelector('#confirm').open");
        Assert.Equal("Scheduled", await page.TextAsync("#results-status"));

        await page.ClickAsync("#action-pause");
        await page.WaitForAsync("document.querySelector('#confirm').open");
        Assert.Contains("Pause “Friday treat”?", await page.TextAsync("#confirm-title"));
        await page.ClickAsync("#confirm-yes");
        await WaitForTextAsync(page, "#results-status", "Paused");
        await page.WaitForAsync("!document.querySelector('#action-resume').hidden && document.querySelector('#action-pause').hidden");

        await page.ClickAsync("#action-resume");
        await page.WaitForAsync("document.querySelector('#confirm').open");
        await page.ClickAsync("#confirm-yes");
        await page.WaitForAsync("document.querySelector('#results-status').textContent !== 'Paused'");

        await page.ClickAsync("#action-cancel");
        await page.WaitForAsync("document.querySelector('#confirm').open");
        Assert.Equal("confirm-no", await page.EvaluateAsync<string>("document.activeElement.id"));
        await _dashboard.ScreenshotAsync(page, "marketing-confirm-cancel.png");
        await page.ClickAsync("#confirm-yes");
        await WaitForTextAsync(page, "#results-status", "Cancelled");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#action-cancel').hidden"), "a cancelled campaign cannot be cancelled again");

        await page.ClickAsync("#action-duplicate");
        await page.WaitForAsync("!document.querySelector('#editor-view').hidden");
        Assert.Equal("Friday treat (copy)", await page.EvaluateAsync<string>("document.querySelector('#name').value"));
        Assert.Contains("A copy of “Friday treat” was made", await page.TextAsync("#status"));
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task ACampaignWithoutAMessageIsNotScheduledAndTheFieldsSayWhy()
    {
        var key = await _dashboard.CreateKeyAsync("marketer");
        await using var page = await _dashboard.OpenAsync(1024, 768);
        await SignInAsync(page, key);
        await page.ClickAsync("#new-campaign");
        await page.WaitForAsync("document.activeElement.id === 'name'");
        await page.TypeAsync("#name", "Half done");

        await page.ClickAsync("#schedule");
        await page.WaitForAsync("document.querySelector('#message-title').getAttribute('aria-invalid') === 'true'");

        Assert.False(await page.EvaluateAsync<bool>("document.querySelector('#confirm').open"), "nothing to confirm yet");
        Assert.Contains("Write a title", await page.TextAsync("#message-title-error"));
        Assert.Equal("message-title", await page.EvaluateAsync<string>("document.activeElement.id"));
        await AssertFitsAsync(page);
        await _dashboard.ScreenshotAsync(page, "marketing-tablet-invalid.png");
        Assert.Empty(page.ConsoleErrors);
    }

    // The keyboard way to move a slider to its end.
    private static async Task HoldOutNobodyAsync(BrowserPage page)
    {
        await page.EvaluateAsync<bool>("(document.querySelector('#hold-out').focus(), true)");
        for (var i = 0; i < 10; i++)
        {
            await page.PressKeyAsync("ArrowLeft");
        }
        await WaitForTextAsync(page, "#hold-out-value", "0 %");
    }

    private static async Task AssertFitsAsync(BrowserPage page)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        var small = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('button:not(.token), input:not([type=checkbox]):not([type=radio]), select, .chip-check')]
              .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 40)
              .map(e => e.id || e.className || e.textContent)
            """);
        Assert.Empty(small!);
    }
}
