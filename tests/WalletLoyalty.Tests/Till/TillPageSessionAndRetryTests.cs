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
        await using var page = await _till.OpenTillAsync(1024, 768, beforeLoad: LoseFirstEarnAnswer);
        await SignInAsync(page, cashierKey);
        await ScanAsync(page, memberCode);

        await page.TypeAsync("#amount", "40");
        await page.EvaluateAsync<string>("document.querySelector('#receipt').value = ''");
        await page.TypeAsync("#receipt", "R-5001");
        await page.PressKeyAsync("Enter");
        await page.WaitForAsync("document.querySelector('#alert').innerText.includes('will not be counted twice')");
        await _till.ScreenshotAsync(page, "till-lost-answer.png");

        await page.ClickAsync("#earn-form button[type=submit]");
        await page.WaitForAsync("document.querySelector('#status').innerText.includes('+40 points — new balance 40')");

        var keys = await page.EvaluateAsync<string[]>("window.earnKeys");
        Assert.Equal(2, keys!.Length);
        Assert.Equal(keys[0], keys[1]);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", keys[0]);

        await EarnAsync(page, "10", "R-5002");
        Assert.NotEqual(keys[0], (await page.EvaluateAsync<string[]>("window.earnKeys"))![2]);
        Assert.Contains("new balance 50", await page.TextAsync("#status"));
    }

    [Fact]
    public async Task TheTillStaysSignedInOnReloadAndSignOutForgetsTheKey()
    {
        var cashierKey = await _till.CreateKeyAsync("cashier", "station");
        await using var page = await _till.OpenTillAsync(1024, 768);
        await SignInAsync(page, cashierKey);

        await page.GotoAsync(new Uri(_till.Service.BaseAddress, "/till").ToString());
        await page.WaitForAsync("!document.querySelector('#till').hidden && document.activeElement.id === 'scan'");
        Assert.Contains("Central Station kiosk", await page.TextAsync("#store-name"));

        await page.ClickAsync("#sign-out");
        await page.WaitForAsync("!document.querySelector('#sign-in').hidden && document.activeElement.id === 'key'");
        Assert.Null(await page.EvaluateAsync<string>("sessionStorage.getItem('walletloyalty.till.key')"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#sign-out').hidden"));
        Assert.Empty(page.ConsoleErrors);
    }
}
