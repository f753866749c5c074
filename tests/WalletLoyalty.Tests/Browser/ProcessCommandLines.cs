using System.Diagnostics;

namespace WalletLoyalty.Tests.Browser;

/// <summary>
/// Finds live processes by a unique string in their command line (Linux /proc). Chromium's crash
/// handler detaches from the browser's process tree, so killing that tree alone leaves it running.
/// </summary>
internal static class ProcessCommandLines
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public static IReadOnlyList<int> Containing(string text)
    {
        if (!Directory.Exists("/proc"))
        {
            return [];
        }

        var matches = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (int.TryParse(Path.GetFileName(directory), out var processId)
                    && File.ReadAllText(Path.Combine(directory, "cmdline")).Contains(text, StringComparison.Ordinal))
                {
                    matches.Add(processId);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked at it.
            }
        }

        return matches;
    }

    public static async Task KillAllContainingAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (Containing(text) is { Count: > 0 } survivors)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"Processes {string.Join(", ", survivors)} still mention {text} after {timeout.TotalSeconds} s.");
            }

            foreach (var processId in survivors)
            {
                Kill(processId);
            }

            await Task.Delay(PollInterval);
        }
    }

    private static void Kill(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            process.Kill();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // Already gone.
        }
    }
}
