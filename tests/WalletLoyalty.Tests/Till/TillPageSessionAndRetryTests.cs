using WalletLoyalty.Tests.Browser;
using static Microsoft.Playwright.Assertions;
using static WalletLoyalty.Tests.Till.TillPageHarness;

namespace WalletLoyalty.Tests.Till;

[Trait("Category", "Database")]
public sealed class TillPageSessionAndRetryTests : IAsyncLifetime
{
    // The first earn reaches the server, but its answer is lost on the way back, as on a dropped Wi-Fi connection.
    private const string LoseFirstEarnAnswer = """
        window.earnKeys = [];
        const realFetch = window.fetch;
        window.fetch = async (url, options = {}) => {
          if (!String(url).endsWith('/api/v1/till/earn')) return realFetch(url, options);
          window.earnKeys.push(options.headers['Idempotency-Key']);
          const response = await realFetch(url, options);
          if (window.earnKeys.length === 1) throw new TypeError('Failed to fetch');
          return response;
        };
        """;

    private TillPageHarness _till = null!;

    public async Task InitializeAsync() => _till = await StartAsync();

    public async Task DisposeAsync() => await _till.DisposeAsync();

    [Fact]
    public async Task APurchaseRetriedAfterALostAnswerReusesItsIdempotencyKeyAndCountsOnce()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "maple-street");
        var memberCode = await _till.JoinAsync("Ana");
        await using var tab = await _till.OpenTillAsync(EmulatedDevice.Desktop(1024, 768), beforeLoad: LoseFirstEarnAnswer);
        var page = tab.Page;
        await SignInAsync(page, cashierKey);
        await ScanAsync(page, memberCode);

        await page.Locator("#amount").FillAsync("40");
        await page.Locator("#receipt").FillAsync("R-5001");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#alert")).ToContainTextAsync("will not be counted twice");
        await PageScreenshots.SaveAsync(page, "till-lost-answer");

        await page.Locator("#earn-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("+40 points — new balance 40");

        var keys = await page.EvaluateAsync<string[]>("window.earnKeys");
        Assert.Equal(2, keys.Length);
        Assert.Equal(keys[0], keys[1]);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", keys[0]);

        await EarnAsync(page, "10", "R-5002");
        Assert.NotEqual(keys[0], (await page.EvaluateAsync<string[]>("window.earnKeys"))[2]);
        await Expect(page.Locator("#status")).ToContainTextAsync("new balance 50");
    }

    [Fact]
    public async Task TheTillStaysSignedInOnReloadAndSignOutForgetsTheKey()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "station");
        await using var tab = await _till.OpenTillAsync(EmulatedDevice.Desktop(1024, 768));
        var page = tab.Page;
        await SignInAsync(page, cashierKey);

        await tab.GotoAsync(new Uri(_till.Service.BaseAddress, "/till"));
        await Expect(page.Locator("#till")).ToBeVisibleAsync();
        await Expect(page.Locator("#scan")).ToBeFocusedAsync();
        await Expect(page.Locator("#store-name")).ToContainTextAsync("Central Station kiosk");

        await page.Locator("#sign-out").ClickAsync();
        await Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
        await Expect(page.Locator("#key")).ToBeFocusedAsync();
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('walletloyalty.till.key')"));
        await Expect(page.Locator("#sign-out")).ToBeHiddenAsync();
        await PageScreenshots.SaveAsync(page, "till-signed-out");
        Assert.Empty(tab.ConsoleErrors);
    }
}
