using System.Net;
using WalletLoyalty.Tests.Browser;
using static Microsoft.Playwright.Assertions;
using static WalletLoyalty.Tests.Marketing.MarketingPageHarness;

namespace WalletLoyalty.Tests.Marketing;

[Trait("Category", "Database")]
public sealed class MarketingPageSignInTests : IAsyncLifetime
{
    private MarketingPageHarness _dashboard = null!;

    public async Task InitializeAsync() => _dashboard = await StartAsync();

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    [Fact]
    public async Task AReloadKeepsTheSessionAndSigningOutForgetsTheKey()
    {
        var key = await _dashboard.CreateKeyAsync("marketer");
        await using var tab = await _dashboard.OpenAsync();
        var page = tab.Page;
        await SignInAsync(page, key);
        await PageScreenshots.SaveAsync(page, "marketing-no-campaigns");

        await tab.GotoAsync(new Uri(_dashboard.Service.BaseAddress, "/marketing#/new"));
        await Expect(page.Locator("#editor-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#key")).ToHaveValueAsync("");

        await page.Locator("#sign-out").ClickAsync();
        await Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
        await Expect(page.Locator("#key")).ToBeFocusedAsync();
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('walletloyalty.marketing.key')"));
        await Expect(page.Locator("#app")).ToBeHiddenAsync(); // signing out must close the dashboard
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task AWrongKeyIsRefusedWithAClearErrorAndIsNotKept()
    {
        await using var tab = await _dashboard.OpenAsync();
        var page = tab.Page;

        await StaffSignIn.SubmitRefusedKeyAsync(page, "wl_this-key-does-not-exist");

        await Expect(page.Locator("#sign-in-error")).ToContainTextAsync("not accepted");
        await Expect(page.Locator("#app")).ToBeHiddenAsync(); // the dashboard must stay closed
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('walletloyalty.marketing.key')"));
        await PageScreenshots.SaveAsync(page, "marketing-wrong-key");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task ACashierKeyCannotOpenCampaigns()
    {
        var cashierKey = await _dashboard.CreateKeyAsync("cashier", storeId: "maple-street");
        await using var tab = await _dashboard.OpenAsync();
        var page = tab.Page;

        await StaffSignIn.SubmitRefusedKeyAsync(page, cashierKey);

        await Expect(page.Locator("#sign-in-error")).ToContainTextAsync("not a marketer key");
        await Expect(page.Locator("#app")).ToBeHiddenAsync(); // the dashboard must stay closed
        await PageScreenshots.SaveAsync(page, "marketing-cashier-key");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task AProgramTheKeyCannotSeeIsRefusedAtSignIn()
    {
        var key = await _dashboard.CreateKeyAsync("marketer", programId: "demo");
        await using var tab = await _dashboard.OpenAsync();
        var page = tab.Page;

        await page.Locator("#program-id").FillAsync("corner-cafe");
        await StaffSignIn.SubmitRefusedKeyAsync(page, key);

        await Expect(page.Locator("#sign-in-error")).ToContainTextAsync("“corner-cafe” is not a program this key can open");
        await Expect(page.Locator("#program-id")).ToBeFocusedAsync();
        await Expect(page.Locator("#app")).ToBeHiddenAsync(); // the dashboard must stay closed
        await PageScreenshots.SaveAsync(page, "marketing-other-program");
    }

    [Fact]
    public async Task ThePageRunsOnlyItsOwnInlineCode()
    {
        using var response = await _dashboard.Service.Client.GetAsync("/marketing");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self' 'nonce-", policy);
        Assert.Contains("style-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.DoesNotContain("sha256", policy);
        Assert.Equal("DENY", string.Join(" ", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", string.Join(" ", response.Headers.GetValues("X-Content-Type-Options")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+=", html); // no inline event handlers
    }
}
