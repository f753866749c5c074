using System.Collections.Concurrent;

namespace WalletLoyalty.Tests.Browser;

/// <summary>Navigates a page and waits for the load event of exactly the document that navigation created.</summary>
internal static class PageNavigation
{
    public static async Task GotoAsync(CdpSession session, string url)
    {
        // Load events can arrive before Page.navigate's answer names the loader, so remember them all.
        var loads = new ConcurrentDictionary<string, TaskCompletionSource>();
        TaskCompletionSource LoadOf(string loaderId) =>
            loads.GetOrAdd(loaderId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        using var subscription = session.Subscribe("Page.lifecycleEvent", lifecycle =>
        {
            if (lifecycle.GetProperty("name").GetString() == "load")
            {
                LoadOf(lifecycle.GetProperty("loaderId").GetString()!).TrySetResult();
            }
        });

        var navigation = await session.SendAsync("Page.navigate", new { url });
        if (navigation.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } reason)
        {
            throw new InvalidOperationException($"Navigating to {url} failed: {reason}");
        }

        // Same-document navigations (only the #fragment changes) have no loader and fire no load event.
        if (!navigation.TryGetProperty("loaderId", out var loaderId))
        {
            return;
        }

        try
        {
            await LoadOf(loaderId.GetString()!).Task.WaitAsync(CdpConnection.CommandTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(
                $"{url} did not fire its load event within {CdpConnection.CommandTimeout.TotalSeconds} s.");
        }
    }
}
