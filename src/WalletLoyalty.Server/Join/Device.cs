namespace WalletLoyalty.Server.Join;

/// <summary>Which wallet button a visitor should see (protocols.md §6.1).</summary>
public enum Device
{
    Apple,
    Android,
    Unknown,
}

public static class DeviceDetection
{
    public static Device Detect(HttpRequest request)
    {
        var agent = request.Headers.UserAgent.ToString();
        if (agent.Contains("Android", StringComparison.OrdinalIgnoreCase))
        {
            return Device.Android;
        }
        // iPadOS reports itself as a Mac, and a Mac can add passes too.
        if (agent.Contains("iPhone", StringComparison.Ordinal) || agent.Contains("iPad", StringComparison.Ordinal)
            || agent.Contains("iPod", StringComparison.Ordinal) || agent.Contains("Macintosh", StringComparison.Ordinal))
        {
            return Device.Apple;
        }
        return Device.Unknown;
    }
}
