using System.Text.RegularExpressions;
using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.Join;

/// <summary>The landing page's optional details and consent box on a phone, as a shopper fills them in.</summary>
[Trait("Category", "Database")]
public sealed class LandingPageDetailsBrowserTests : IAsyncLifetime
{
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task TheConsentBoxStartsUntickedABadAddressIsNamedBeforeLeavingAndTheCardCarriesWhatWasTyped()
    {
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Touch(390, 844, IPhone, deviceScaleFactor: 3));
        var page = tab.Page;
        var addToWallet = page.Locator("#add-to-apple-wallet");
        await tab.GotoAsync(new Uri(_service.BaseAddress, "/join/demo"));

        await Expect(page.Locator("#marketingConsent")).Not.ToBeCheckedAsync();
        await Expect(page.Locator("label.consent")).ToContainTextAsync("Maple Street Bakery may send me offers");
        await page.Locator("#name").FillAsync("Alex");
        await page.Locator("#email").FillAsync("alex@nowhere");
        await addToWallet.ClickAsync();

        await Expect(page.Locator("#email-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#email")).ToBeFocusedAsync();
        await Expect(page.Locator("#email")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.EndsWith("/join/demo", page.Url, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        await PageScreenshots.SaveAsync(page, "landing-details-error-iphone");

        await page.Locator("#email").FillAsync("alex@example.com");
        await page.Locator("#phone").FillAsync("+49 171 2345678");
        await page.Locator("#birthday").FillAsync("1990-05-17");
        await page.Locator("#marketingConsent").CheckAsync();
        await Expect(page.Locator("#email-error")).ToBeHiddenAsync();
        Assert.True((await page.Locator("#marketingConsent").BoundingBoxAsync())?.Height >= 24, "the consent box is too small to tap");
        await Expect(addToWallet).ToHaveAttributeAsync("href", new Regex("email=alex%40example.com&phone=%2B49\\+171\\+2345678&birthday=1990-05-17&marketingConsent=true$"));
        await PageScreenshots.SaveAsync(page, "landing-details-iphone");
        Assert.Empty(tab.ConsoleErrors);

        await new AppleDevice(_service.Client).AddFromJoinLinkAsync((await addToWallet.GetAttributeAsync("href"))!);
        Assert.Equal(("alex@example.com", "+49 171 2345678", "1990-05-17", true), Assert.Single(
            await _service.QueryAsync<(string Email, string Phone, string Birthday, bool MarketingConsent)>("SELECT email, phone, birthday, marketing_consent FROM members")));
    }
}
