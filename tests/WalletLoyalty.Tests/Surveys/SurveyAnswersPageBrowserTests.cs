using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.Surveys;

/// <summary>A marketer reads the survey answers on the dashboard, narrows them by score band and words, and opens a member.</summary>
[Trait("Category", "Database")]
public sealed class SurveyAnswersPageBrowserTests : IAsyncLifetime
{
    private SurveyRig _rig = null!;

    public async Task InitializeAsync() => _rig = await SurveyRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task AMarketerFiltersTheAnswersByBandAndWordsAndOpensTheMember()
    {
        var answers = new[] { ("Sam", "10", "Best croissants in town"), ("Alex", "8", "Good, but the queue is slow"), ("Robin", "3", "Cold coffee and a slow queue") };
        var members = new Dictionary<string, long>();
        foreach (var (name, score, comment) in answers)
        {
            var (_, memberId, path) = await _rig.JoinAsync(name);
            members[name] = memberId;
            (await _rig.AnswerAsync(path, score, comment)).Dispose();
            _rig.Clock.Advance(TimeSpan.FromMinutes(5));
        }
        using var admin = TillClient.Admin(_rig.Service);
        using var created = await admin.PostAsync("/api/v1/keys", new { role = "marketer", programId = "demo", name = "Survey answers" });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        await using var tab = await StaffSignIn.OpenAsync(new Uri(_rig.Service.BaseAddress, "/marketing"), EmulatedDevice.Desktop(1366, 768));
        var page = tab.Page;
        await StaffSignIn.SubmitKeyAsync(page, key);
        await Expect(page.Locator("#overview-view")).ToBeVisibleAsync();

        await page.Locator("#nav-surveys").ClickAsync();

        await Expect(page.Locator("#surveys-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#nav-surveys")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Locator("#survey-rows tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#surveys-summary")).ToHaveTextAsync("3 answers");
        await Expect(page.Locator("#survey-rows tr").First).ToContainTextAsync("Cold coffee and a slow queue");
        await Expect(page.Locator("#survey-rows .score-badge.promoter")).ToHaveTextAsync("10");
        await PageScreenshots.SaveAsync(page, "surveys-1-answers");

        await page.Locator("#survey-band").SelectOptionAsync("detractor");
        await page.Locator("#survey-search button[type=submit]").ClickAsync();
        await Expect(page.Locator("#survey-rows tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#surveys-summary")).ToHaveTextAsync("1 answer");

        await page.Locator("#survey-band").SelectOptionAsync("");
        await page.Locator("#survey-q").FillAsync("queue");
        await page.Locator("#survey-q").PressAsync("Enter");
        await Expect(page.Locator("#survey-rows tr")).ToHaveCountAsync(2);
        await PageScreenshots.SaveAsync(page, "surveys-2-queue");

        await page.Locator($"#survey-rows a[href='#/members/{members["Alex"]}']").ClickAsync();
        await Expect(page.Locator("#member-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#member-title")).ToHaveTextAsync("Alex");
        Assert.Empty(tab.ConsoleErrors);
    }
}
