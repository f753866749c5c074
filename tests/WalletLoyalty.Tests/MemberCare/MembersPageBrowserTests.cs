using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.MemberCare;

/// <summary>A marketer finds a member on the dashboard, corrects their points and profile, downloads their data and erases them.</summary>
[Trait("Category", "Database")]
public sealed class MembersPageBrowserTests : IAsyncLifetime
{
    private CareRig _rig = null!;

    public async Task InitializeAsync() => _rig = await CareRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task AMarketerFindsAMemberCorrectsTheirPointsAndProfileDownloadsTheirDataAndErasesThem()
    {
        var sam = await _rig.JoinAsync("Sam");
        await _rig.JoinAsync("Alex");
        await using var tab = await OpenSignedInAsync(EmulatedDevice.Desktop(1366, 768));
        var page = tab.Page;

        await page.Locator("#nav-members").ClickAsync();
        await Expect(page.Locator("#members-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#member-rows tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#nav-members")).ToHaveAttributeAsync("aria-current", "page");
        await page.Locator("#member-q").FillAsync("sam");
        await page.Locator("#member-q").PressAsync("Enter");
        await Expect(page.Locator("#member-rows tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#members-summary")).ToContainTextAsync("1 member matching “sam”");
        await PageScreenshots.SaveAsync(page, "members-1-search");

        await page.Locator($"#member-rows tr[data-id='{sam.Id}'] a").ClickAsync();
        await Expect(page.Locator("#member-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#member-title")).ToHaveTextAsync("Sam");
        await Expect(page.Locator("#member-passes")).ToContainTextAsync("on 1 iPhone");

        // The page asks for a reason before it sends anything.
        await page.Locator("#adjust-points").FillAsync("40");
        await page.Locator("#member-adjust button[type=submit]").ClickAsync();
        await Expect(page.Locator("#adjust-reason[aria-invalid=true]")).ToBeVisibleAsync();
        await page.Locator("#adjust-reason").FillAsync("Card did not scan on Monday");
        await page.Locator("#member-adjust button[type=submit]").ClickAsync();
        await Expect(page.Locator("#confirm")).ToBeVisibleAsync();
        await Expect(page.Locator("#confirm-title")).ToHaveTextAsync("Add 40 points to Sam's card?");
        await page.Locator("#confirm-yes").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("The balance is now 40 points.");
        await Expect(page.Locator("#member-balance")).ToContainTextAsync("40 points");
        await Expect(page.Locator("#ledger-rows tr[data-kind='adjust']")).ToContainTextAsync("Card did not scan on Monday");
        await Eventually.TrueAsync(() => _rig.PhoneWasPushedAsync(sam), "Sam's phone is told the card changed");
        Assert.Equal(40, (await CareRig.FetchAsync(sam)).Field("points").GetProperty("value").GetInt64());

        // The server's refusal lands under the box it is about, and nothing changes.
        await page.Locator("#member-email").FillAsync("sam-at-example");
        await page.Locator("#member-profile button[type=submit]").ClickAsync();
        await Expect(page.Locator("#member-email[aria-invalid=true]")).ToBeVisibleAsync();
        await Expect(page.Locator("#member-profile .field-error")).ToContainTextAsync("must be an e-mail address");
        await page.Locator("#member-email").FillAsync("sam@example.com");
        await page.Locator("#member-consent").CheckAsync();
        await page.Locator("#member-profile button[type=submit]").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Sam's profile is saved.");
        await Expect(page.Locator("#member-consents")).ToContainTextAsync("Agreed to offers");
        var profile = (await _rig.DetailsAsync(sam.Id)).GetProperty("profile");
        Assert.Equal("sam@example.com", profile.GetProperty("email").GetString());
        Assert.True(profile.GetProperty("marketingConsent").GetBoolean());
        await PageScreenshots.SaveAsync(page, "members-2-member");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#member-export").ClickAsync());
        Assert.Equal($"member-{sam.Id}-sam.json", download.SuggestedFilename);
        using (var export = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync())))
        {
            Assert.Equal("sam@example.com", export.RootElement.GetProperty("profile").GetProperty("email").GetString());
        }

        await page.Locator("#member-erase").ClickAsync();
        await Expect(page.Locator("#confirm-facts")).ToContainTextAsync("The points history stays without the name");
        await Expect(page.Locator("#confirm-no")).ToBeFocusedAsync(); // a dangerous step starts on "Go back"
        await page.Locator("#confirm-yes").ClickAsync();
        await Expect(page.Locator("#members-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Sam is erased.");
        await Expect(page.Locator($"#member-rows tr[data-id='{sam.Id}']")).ToHaveCountAsync(0);
        Assert.True((await CareRig.FetchAsync(sam)).PassJson.GetProperty("voided").GetBoolean());
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task OnAPhoneAMemberIsFoundAndTheirCardVoidedWithoutTheViewSpillingSideways()
    {
        var robin = await _rig.JoinAsync("Robin");
        await using var tab = await OpenSignedInAsync(EmulatedDevice.Touch(390, 844, PhoneUserAgent, deviceScaleFactor: 3));
        var page = tab.Page;

        await page.Locator("#nav-members").TapAsync();
        await page.Locator("#member-q").FillAsync(robin.Code);
        await page.Locator("#member-search button[type=submit]").TapAsync();
        await Expect(page.Locator("#member-rows tr")).ToHaveCountAsync(1);
        await page.Locator($"#member-rows tr[data-id='{robin.Id}'] a").TapAsync();
        await Expect(page.Locator("#member-title")).ToHaveTextAsync("Robin");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));

        await page.Locator("#member-void").TapAsync();
        await page.Locator("#confirm-yes").TapAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Robin's card is voided.");
        await Expect(page.Locator("#member-state")).ToHaveTextAsync("Card voided");
        await Expect(page.Locator("#member-void")).ToBeHiddenAsync();
        Assert.True((await CareRig.FetchAsync(robin)).PassJson.GetProperty("voided").GetBoolean());
        await PageScreenshots.SaveAsync(page, "members-3-voided-phone");
        Assert.Empty(tab.ConsoleErrors);
    }

    private const string PhoneUserAgent =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

    private async Task<BrowserTab> OpenSignedInAsync(BrowserNewContextOptions device)
    {
        using var admin = TillClient.Admin(_rig.Service);
        using var created = await admin.PostAsync("/api/v1/keys", new { role = "marketer", programId = "demo", name = "Members page" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var tab = await StaffSignIn.OpenAsync(new Uri(_rig.Service.BaseAddress, "/marketing"), device);
        await StaffSignIn.SubmitKeyAsync(tab.Page, key);
        await Expect(tab.Page.Locator("#overview-view")).ToBeVisibleAsync();
        return tab;
    }
}
