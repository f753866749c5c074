using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.Referrals;

/// <summary>The referral page a member opens from the back of their card, to show a friend its QR code.</summary>
[Trait("Category", "Database")]
public sealed class ReferralPageBrowserTests : IAsyncLifetime
{
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    private ReferralRig _rig = null!;

    public async Task InitializeAsync() => _rig = await ReferralRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Theory]
    [InlineData("en", "Invite a friend")]
    [InlineData("de", "Freunde einladen")]
    public async Task TheQrCodeForAFriendFitsThePhoneInTheMembersLanguage(string language, string heading)
    {
        var alex = await _rig.JoinAsync("Alex");
        var path = new Uri(alex.Card.Field("referral").GetProperty("value").GetString()!).AbsolutePath;
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Touch(390, 844, IPhone, deviceScaleFactor: 3));
        var page = tab.Page;

        await tab.GotoAsync(new Uri(_rig.Service.BaseAddress, path + "?lang=" + language));

        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        var qr = await page.Locator("#qr").BoundingBoxAsync();
        Assert.True(qr is { Width: >= 200, Height: >= 200 }, "the QR code is too small to scan from another phone");
        Assert.True(qr.X >= 0 && qr.X + qr.Width <= 390, "the QR code runs off the screen");
        await Expect(page.Locator("#join-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"/join/demo\?.*ref="));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        await PageScreenshots.SaveAsync(page, $"referral-{language}-iphone");
        Assert.Empty(tab.ConsoleErrors);
    }
}
