namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>The system's 1-minute load average (runnable threads, all processes), to show how busy a shared machine was.</summary>
public static class LoadAverage
{
    public static double? OneMinute()
    {
        const string File = "/proc/loadavg";
        if (!System.IO.File.Exists(File))
        {
            return null;
        }
        var first = System.IO.File.ReadAllText(File).Split(' ')[0];
        return double.TryParse(first, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
