using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static WalletLoyalty.Tests.Marketing.MarketingPageHarness;

namespace WalletLoyalty.Tests.Marketing;

[Trait("Category", "Database")]
public sealed class MarketingPageBrowserTests : IAsyncLifetime
{
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
        await using var tab = await _dashboard.OpenAsync(1366, 768);
        var page = tab.Page;
        await PageScreenshots.SaveAsync(page, "marketing-1-sign-in");

        await SignInAsync(page, key);
        Assert.Equal(key, await page.EvaluateAsync<string>("sessionStorage.getItem('walletloyalty.marketing.key')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        await Expect(page.Locator("#list-empty")).ToBeVisibleAsync(); // a new program has no campaigns

        await page.Locator("#new-campaign").ClickAsync();
        await Expect(page.Locator("#editor-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#name")).ToBeFocusedAsync();
        await page.Locator("#name").FillAsync("Spring hello");
        await WaitForAudienceCountAsync(page, "3");
        await HoldOutNobodyAsync(page);
        await Expect(page.Locator("#count-detail")).ToContainTextAsync("0 held out");
        await page.Locator("#message-title").FillAsync("Spring is here, ");
        await page.Locator(".token[data-token='{firstName}']").ClickAsync();
        await page.Locator("#message-body").FillAsync("You have {points} points ({tier}). Fresh loaves are out.");
        await Expect(page.Locator("#preview-title")).ToHaveTextAsync("Spring is here, Alex");
        await Expect(page.Locator("#preview-body")).ToContainTextAsync("You have 240 points");
        await page.Locator("#once-at").FillAsync(ProgramTimeFromNow(TimeSpan.FromSeconds(20)));
        await WaitForAudienceCountAsync(page, "3");
        await AssertFitsAsync(page);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await PageScreenshots.SaveAsync(page, "marketing-2-editor");

        // Set again, so the time the screenshots took does not eat into the 20 seconds.
        await page.Locator("#once-at").FillAsync(ProgramTimeFromNow(TimeSpan.FromSeconds(20)));
        await page.Locator("#schedule").ClickAsync();
        await Expect(page.Locator("#confirm")).ToBeVisibleAsync();
        await Expect(page.Locator("#confirm-facts")).ToContainTextAsync("To 3 members");
        await PageScreenshots.SaveAsync(page, "marketing-3-confirm-schedule");
        await page.Locator("#confirm-yes").ClickAsync();
        await Expect(page.Locator("#results-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("“Spring hello” is scheduled");

        await Expect(page.Locator("#results-status")).Not.ToHaveTextAsync("Scheduled", new() { Timeout = 40_000 });
        await PageScreenshots.SaveAsync(page, "marketing-4-sending");
        await Expect(page.Locator("#results-status")).ToHaveTextAsync("Completed", new() { Timeout = 60_000 });
        await Expect(page.Locator("#kpi-sent")).ToHaveTextAsync("3");
        await Expect(page.Locator("#kpi-delivered")).ToHaveTextAsync("3", new() { Timeout = 30_000 });
        await Expect(page.Locator("#kpi-audience")).ToHaveTextAsync("3");
        await Expect(page.Locator("#results-live")).ToContainTextAsync("Completed: 3 messages sent");
        await Expect(page.Locator("#channel-charts svg")).ToHaveCountAsync(3);
        await Expect(page.Locator("[data-channel=apple] svg")).ToHaveAttributeAsync("aria-label", new Regex(Regex.Escape("3 sent, 3 delivered")));
        var campaignId = long.Parse(await page.EvaluateAsync<string>("location.hash.split('/').pop()") ?? "", CultureInfo.InvariantCulture);
        var sent = (await _dashboard.ResultsAsync(key, campaignId)).GetProperty("channels").GetProperty("apple").GetProperty("sent").GetInt32();
        Assert.Equal(3, sent);
        await Expect(page.Locator("#progress")).ToBeHiddenAsync(); // a finished campaign shows no progress bar
        await PageScreenshots.SaveAsync(page, "marketing-5-completed");
        await AssertFitsAPhoneAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-csv").ClickAsync());
        Assert.Equal("spring-hello-results.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains($"{campaignId},apple,3,0,3,3,0,0,0,0", csv, StringComparison.Ordinal);

        await page.Locator("#results-view .back").ClickAsync();
        await Expect(page.Locator($"#campaign-rows tr[data-id='{campaignId}']")).ToContainTextAsync("Completed");
        await PageScreenshots.SaveAsync(page, "marketing-6-list");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task AMarketerWhoseBrowserIsSetToPolishPlansACampaignInPolish()
    {
        foreach (var name in new[] { "Ola", "Kuba" })
        {
            await _dashboard.JoinWithAnIPhoneAsync(name);
        }
        var key = await _dashboard.CreateKeyAsync("marketer");
        var desktop = EmulatedDevice.Desktop(1440, 900);
        desktop.Locale = "pl-PL";
        await using var tab = await _dashboard.OpenAsync(desktop);
        var page = tab.Page;
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pl");
        await Expect(page.Locator("#sign-in-title")).ToHaveTextAsync("Logowanie do kampanii");

        await SignInAsync(page, key);
        await Expect(page.Locator("#list-summary")).ToContainTextAsync("2 uczestników · jeszcze bez kampanii");
        await page.Locator("#new-campaign").ClickAsync();
        await Expect(page.Locator("#editor-title")).ToHaveTextAsync("Nowa kampania");
        await page.Locator("#name").FillAsync("Środa z ciastem");
        await WaitForAudienceCountAsync(page, "2");
        await Expect(page.Locator("#count-label")).ToHaveTextAsync("osoby pasują");
        await page.Locator("#message-title").FillAsync("Świeże ciasto, {firstName}");
        await page.Locator("#message-body").FillAsync("Masz {points} punktów.");
        await Expect(page.Locator("#preview-title")).ToHaveTextAsync("Świeże ciasto, Ola");
        await page.Locator("#trigger-type input[value=cron]").ClickAsync();
        await page.Locator("#cron-day").SelectOptionAsync("WED");
        await AssertFitsAsync(page);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await PageScreenshots.SaveAsync(page, "marketing-pl");

        await page.Locator("#schedule").ClickAsync();
        await Expect(page.Locator("#confirm-title")).ToHaveTextAsync("Zaplanować „Środa z ciastem”?");
        await Expect(page.Locator("#confirm-facts")).ToContainTextAsync("Kiedy: W każdą środę o 17:00");
        await PageScreenshots.SaveAsync(page, "marketing-pl-confirm");
        await page.Locator("#confirm-yes").ClickAsync();
        await Expect(page.Locator("#results-status")).ToHaveTextAsync("Zaplanowana");
        await Expect(page.Locator("#status")).ToContainTextAsync("Zaplanowano „Środa z ciastem”");

        // The results view polls and redraws above the switcher, so a click at the link's coordinates could land on its
        // neighbour; the click event itself goes to the link whatever moves.
        await page.Locator(".languages a[hreflang=zh-Hans]").DispatchEventAsync("click");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await Expect(page.Locator("#results-view")).ToBeVisibleAsync(); // the key and the open campaign survive the switch
        await Expect(page.Locator("#results-status")).ToHaveTextAsync("已排期");
        await Expect(page.Locator("#results-when")).ToHaveTextAsync("每周三 17:00");
        await AssertFitsAsync(page);
        await PageScreenshots.SaveAsync(page, "marketing-zh-Hans-results");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task EveryChangeOfCourseIsConfirmedFirst()
    {
        var key = await _dashboard.CreateKeyAsync("marketer", programId: "demo");
        await using var tab = await _dashboard.OpenAsync();
        var page = tab.Page;
        var confirm = page.Locator("#confirm");
        var status = page.Locator("#results-status");
        await SignInAsync(page, key);
        await page.Locator("#new-campaign").ClickAsync();
        await Expect(page.Locator("#name")).ToBeFocusedAsync();
        await page.Locator("#name").FillAsync("Friday treat");
        await page.Locator("#message-title").FillAsync("It's Friday");
        await page.Locator("#message-body").FillAsync("A treat is waiting, {firstName}.");
        await page.Locator("#trigger-type input[value=cron]").ClickAsync();
        await page.Locator("#schedule").ClickAsync();
        await Expect(confirm).ToBeVisibleAsync();
        await Expect(page.Locator("#confirm-facts")).ToContainTextAsync("When: Every Friday at 17:00");
        await page.Locator("#confirm-yes").ClickAsync();
        await Expect(status).ToHaveTextAsync("Scheduled");

        await page.Locator("#action-pause").ClickAsync();
        await Expect(confirm).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(confirm).ToBeHiddenAsync();
        await Expect(status).ToHaveTextAsync("Scheduled");

        await page.Locator("#action-pause").ClickAsync();
        await Expect(confirm).ToBeVisibleAsync();
        await Expect(page.Locator("#confirm-title")).ToContainTextAsync("Pause “Friday treat”?");
        await page.Locator("#confirm-yes").ClickAsync();
        await Expect(status).ToHaveTextAsync("Paused");
        await Expect(page.Locator("#action-resume")).ToBeVisibleAsync();
        await Expect(page.Locator("#action-pause")).ToBeHiddenAsync();

        await page.Locator("#action-resume").ClickAsync();
        await Expect(confirm).ToBeVisibleAsync();
        await page.Locator("#confirm-yes").ClickAsync();
        await Expect(status).Not.ToHaveTextAsync("Paused");

        await page.Locator("#action-cancel").ClickAsync();
        await Expect(confirm).ToBeVisibleAsync();
        await Expect(page.Locator("#confirm-no")).ToBeFocusedAsync();
        await PageScreenshots.SaveAsync(page, "marketing-confirm-cancel");
        await page.Locator("#confirm-yes").ClickAsync();
        await Expect(status).ToHaveTextAsync("Cancelled");
        await Expect(page.Locator("#action-cancel")).ToBeHiddenAsync(); // a cancelled campaign cannot be cancelled again

        await page.Locator("#action-duplicate").ClickAsync();
        await Expect(page.Locator("#editor-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#name")).ToHaveValueAsync("Friday treat (copy)");
        await Expect(page.Locator("#status")).ToContainTextAsync("A copy of “Friday treat” was made");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task AMessageWrittenInPolishAndThaiIsSavedWithTheCampaignAndShownAgain()
    {
        var key = await _dashboard.CreateKeyAsync("marketer", programId: "demo");
        await using var tab = await _dashboard.OpenAsync(1366, 900);
        var page = tab.Page;
        await SignInAsync(page, key);
        await page.Locator("#new-campaign").ClickAsync();
        await page.Locator("#name").FillAsync("Fresh bread");
        await page.Locator("#message-title").FillAsync("Fresh bread, {firstName}");
        await page.Locator("#message-body").FillAsync("Rye is out of the oven.");
        await page.Locator("#message-translations summary").ClickAsync();
        await page.Locator("#message-title-pl").FillAsync("Świeży chleb, {firstName}");
        await page.Locator("#message-body-pl").FillAsync("Żytni prosto z pieca.");
        await page.Locator("#message-title-th").FillAsync("ขนมปังสด {firstName}");
        await PageScreenshots.SaveAsync(page, "marketing-message-languages");

        await page.Locator("#save").ClickAsync();
        await Expect(page.Locator("#message-body-th")).ToHaveAttributeAsync("aria-invalid", "true"); // a title without its text
        await page.Locator("#message-body-th").FillAsync("ขนมปังไรย์เพิ่งออกจากเตา");
        await page.Locator("#save").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Draft saved");

        using var client = new HttpClient { BaseAddress = _dashboard.Service.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var campaigns = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(client, "/api/v1/campaigns?programId=demo");
        var message = campaigns[0].GetProperty("message");
        Assert.Equal("Świeży chleb, {firstName}", message.GetProperty("translations").GetProperty("pl").GetProperty("title").GetString());
        Assert.Equal("ขนมปังไรย์เพิ่งออกจากเตา", message.GetProperty("translations").GetProperty("th").GetProperty("body").GetString());
        Assert.False(message.GetProperty("translations").TryGetProperty("de", out _));

        await page.ReloadAsync();
        await Expect(page.Locator("#message-title-pl")).ToHaveValueAsync("Świeży chleb, {firstName}");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task ACampaignWithoutAMessageIsNotScheduledAndTheFieldsSayWhy()
    {
        var key = await _dashboard.CreateKeyAsync("marketer");
        await using var tab = await _dashboard.OpenAsync(1024, 768);
        var page = tab.Page;
        await SignInAsync(page, key);
        await page.Locator("#new-campaign").ClickAsync();
        await Expect(page.Locator("#name")).ToBeFocusedAsync();
        await page.Locator("#name").FillAsync("Half done");

        await page.Locator("#schedule").ClickAsync();
        await Expect(page.Locator("#message-title")).ToHaveAttributeAsync("aria-invalid", "true");

        await Expect(page.Locator("#confirm")).ToBeHiddenAsync(); // nothing to confirm yet
        await Expect(page.Locator("#message-title-error")).ToContainTextAsync("Write a title");
        await Expect(page.Locator("#message-title")).ToBeFocusedAsync();
        await AssertFitsAsync(page);
        await PageScreenshots.SaveAsync(page, "marketing-missing-message");
        Assert.Empty(tab.ConsoleErrors);
    }

    // The keyboard way to move a slider to its end.
    private static async Task HoldOutNobodyAsync(IPage page)
    {
        await page.Locator("#hold-out").FocusAsync();
        for (var i = 0; i < 10; i++)
        {
            await page.Keyboard.PressAsync("ArrowLeft");
        }
        await Expect(page.Locator("#hold-out-value")).ToHaveTextAsync("0%");
    }

    // Charts are drawn at the size of their card, so a phone-sized window gets them drawn again, and nothing scrolls sideways meanwhile.
    private static async Task AssertFitsAPhoneAsync(IPage page)
    {
        var viewport = page.ViewportSize!;
        await page.SetViewportSizeAsync(390, 844);
        await AssertFitsAsync(page);
        await page.WaitForFunctionAsync("[...document.querySelectorAll('#charts svg')].every(chart => chart.width.baseVal.value <= chart.parentElement.clientWidth)");
        await AssertFitsAsync(page);
        await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        var small = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('button:not(.token), input:not([type=checkbox]):not([type=radio]), select, .chip-check')]
              .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 40)
              .map(e => e.id || e.className || e.textContent)
            """);
        Assert.Empty(small);
    }
}
