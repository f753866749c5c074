using System.Net;
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
        await using var page = await _dashboard.OpenAsync();
        await SignInAsync(page, key);
        await _dashboard.ScreenshotAsync(page, "marketing-no-campaigns.png");

        await page.GotoAsync(new Uri(_dashboard.Service.BaseAddress, "/marketing#/new").ToString());
        await page.WaitForAsync("!document.querySelector('#editor-view').hidden");
        Assert.Equal("", await page.EvaluateAsync<string>("document.querySelector('#key').value"));

        await page.ClickAsync("#sign-out");
        await page.WaitForAsync("!document.querySelector('#sign-in').hidden && document.activeElement.id === 'key'");
        Assert.Null(await page.EvaluateAsync<string>("sessionStorage.getItem('walletloyalty.marketing.key')"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#app').hidden"), "signing out must close the dashboard");
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task AWrongKeyIsRefusedWithAClearErrorAndIsNotKept()
    {
        await using var page = await _dashboard.OpenAsync();

        await page.TypeAsync("#key", "wl_this-key-does-not-exist");
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync("!document.querySelector('#sign-in-error').hidden");

        Assert.Contains("not accepted", await page.TextAsync("#sign-in-error"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#app').hidden"), "the dashboard must stay closed");
        Assert.Null(await page.EvaluateAsync<string>("sessionStorage.getItem('walletloyalty.marketing.key')"));
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task ACashierKeyCannotOpenCampaigns()
    {
        var cashierKey = await _dashboard.CreateKeyAsync("cashier", storeId: "maple-street");
        await using var page = await _dashboard.OpenAsync();

        await page.TypeAsync("#key", cashierKey);
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync("!document.querySelector('#sign-in-error').hidden");

        Assert.Contains("not a marketer key", await page.TextAsync("#sign-in-error"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#app').hidden"), "the dashboard must stay closed");
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task AProgramTheKeyCannotSeeIsRefusedAtSignIn()
    {
        var key = await _dashboard.CreateKeyAsync("marketer", programId: "demo");
        await using var page = await _dashboard.OpenAsync();

        await SetValueAsync(page, "#program-id", "corner-cafe");
        await page.TypeAsync("#key", key);
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync("!document.querySelector('#sign-in-error').hidden");

        Assert.Contains("“corner-cafe” is not a program this key can open", await page.TextAsync("#sign-in-error"));
        Assert.Equal("program-id", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#app').hidden"), "the dashboard must stay closed");
    }

    [Fact]
    public async Task ThePageRunsOnlyItsOwnInlineCode()
    {
        using var response = await _dashboard.Service.Client.GetAsync("/marketing");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'sha256-", policy);
        Assert.Contains("style-src 'sha256-", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.Equal("DENY", string.Join(" ", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", string.Join(" ", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.DoesNotContain("://", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
