using Microsoft.Playwright;

namespace WalletLoyalty.Tests.Browser;

/// <summary>Uncaught exceptions and console errors of one page, in the order they happened.</summary>
internal sealed class ConsoleErrorLog
{
    private readonly Lock gate = new();
    private readonly List<string> errors = [];

    public ConsoleErrorLog(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsFailedResourceLoad(message))
            {
                Add("console.error: " + message.Text);
            }
        };
        page.PageError += (_, error) => Add(error);
    }

    public IReadOnlyList<string> Snapshot()
    {
        lock (gate)
        {
            return [.. errors];
        }
    }

    // Chromium logs each 4xx answer on its own, such as the favicon's 404 or the 401 for a wrong key,
    // which the pages handle; such a line has no arguments, unlike a console.error call.
    private static bool IsFailedResourceLoad(IConsoleMessage message) =>
        message.Args.Count == 0 && message.Text.StartsWith("Failed to load resource:", StringComparison.Ordinal);

    private void Add(string error)
    {
        lock (gate)
        {
            errors.Add(error);
        }
    }
}
