using WalletLoyalty.Tests.Browser;
using WalletLoyalty.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static WalletLoyalty.Tests.Till.TillPageHarness;

namespace WalletLoyalty.Tests.Till;

/// <summary>The till's phone lookup, for a customer whose phone is flat.</summary>
[Trait("Category", "Database")]
public sealed class TillPagePhoneLookupTests : IAsyncLifetime
{
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    private TillPageHarness _till = null!;

    public async Task InitializeAsync() => _till = await StartAsync();

    public async Task DisposeAsync() => await _till.DisposeAsync();

    [Fact]
    public async Task ACashierFindsTheCustomerByThePhoneNumberTheyReadOutAndOpensTheirCard()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        var link = await Shoppers.WalletLinkAsync(_till.Service.Client, "/join/demo", "apple", "Alex") + "&phone=%2B49%20171%202345678";
        await new AppleDevice(_till.Service.Client).AddFromJoinLinkAsync(link);
        await using var tab = await _till.OpenTillAsync(EmulatedDevice.Touch(390, 844, IPhone, deviceScaleFactor: 3));
        var page = tab.Page;
        await SignInAsync(page, cashierKey);

        await page.Locator("#phone-lookup summary").ClickAsync();
        await page.Locator("#phone").FillAsync("123");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#alert")).ToContainTextAsync("Phone number too short");
        await page.Locator("#phone").FillAsync("0171 234 5678");
        await page.Keyboard.PressAsync("Enter");

        var match = page.Locator("#phone-matches button");
        await Expect(match).ToHaveCountAsync(1);
        await Expect(match).ToContainTextAsync("Alex – phone ending 678");
        await Expect(match).ToBeFocusedAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the till scrolls sideways");
        await PageScreenshots.SaveAsync(page, "till-phone-lookup-iphone");

        await match.ClickAsync();

        await Expect(page.Locator("#member")).ToBeVisibleAsync();
        await Expect(page.Locator("#member-name")).ToHaveTextAsync("Alex");
        await Expect(page.Locator("#phone-lookup")).Not.ToHaveAttributeAsync("open", "");
        Assert.Empty(tab.ConsoleErrors);
    }
}
