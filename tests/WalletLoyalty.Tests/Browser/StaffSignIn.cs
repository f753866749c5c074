using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WalletLoyalty.Tests.Browser;

/// <summary>The sign-in the staff pages (till, campaigns) share: a key field, focused on arrival, that Enter submits.</summary>
public static class StaffSignIn
{
    public static async Task<BrowserTab> OpenAsync(Uri page, BrowserNewContextOptions device, string? beforeLoad = null)
    {
        var tab = await BrowserTab.OpenAsync(device, beforeLoad);
        await tab.GotoAsync(page);
        await Expect(tab.Page.Locator("#key")).ToBeFocusedAsync();
        return tab;
    }

    public static async Task SubmitKeyAsync(IPage page, string key)
    {
        await page.Locator("#key").FillAsync(key);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Submits a key the page must refuse, and waits for its error.</summary>
    public static async Task SubmitRefusedKeyAsync(IPage page, string key)
    {
        await SubmitKeyAsync(page, key);
        await Expect(page.Locator("#sign-in-error")).ToBeVisibleAsync();
    }
}
