using System.Diagnostics;

namespace WalletLoyalty.Tests.Browser;

/// <summary>Polls a JavaScript condition in a page until it holds or the time is up.</summary>
internal static class PageConditionWaiter
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public static async Task WaitForAsync(BrowserPage page, string jsCondition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        string? lastError = null;
        while (true)
        {
            try
            {
                // The line breaks keep a trailing // comment in the condition from swallowing the parenthesis.
                if (await page.EvaluateAsync<bool>($"Boolean(\n{jsCondition}\n)"))
                {
                    return;
                }
            }
            catch (Exception failure) when (failure is JavaScriptException or CdpException)
            {
                lastError = failure.Message; // e.g. the element does not exist yet, or the page is navigating
            }

            if (clock.Elapsed >= timeout)
            {
                throw new TimeoutException(await DescribeUnmetConditionAsync(page, jsCondition, timeout, lastError));
            }

            await Task.Delay(PollInterval);
        }
    }

    private static async Task<string> DescribeUnmetConditionAsync(
        BrowserPage page, string jsCondition, TimeSpan timeout, string? lastError)
    {
        string pageText;
        try
        {
            pageText = await page.EvaluateAsync<string>("document.body ? document.body.innerText.slice(0, 500) : ''") ?? "";
        }
        catch (Exception failure) when (failure is JavaScriptException or CdpException)
        {
            pageText = $"(unavailable: {failure.Message})";
        }

        var error = lastError is null ? "" : $"{Environment.NewLine}Last error: {lastError}";
        return $"Waited {timeout.TotalSeconds} s for: {jsCondition}{error}{Environment.NewLine}Page text: {pageText}";
    }
}
