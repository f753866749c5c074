namespace WalletLoyalty.Tests.Browser;

/// <summary>
/// Reads the file Chromium writes into its profile when started with --remote-debugging-port=0:
/// the chosen port on the first line, the browser websocket path on the second.
/// </summary>
internal static class DevToolsActivePort
{
    public static Uri? TryRead(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (IOException)
        {
            return null;
        }

        return lines is [var port, var browserPath, ..]
            && int.TryParse(port, out var portNumber)
            && browserPath.StartsWith("/devtools/browser/", StringComparison.Ordinal)
            ? new Uri($"ws://127.0.0.1:{portNumber}{browserPath}")
            : null;
    }
}
