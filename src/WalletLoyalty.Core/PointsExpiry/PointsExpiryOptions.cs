namespace WalletLoyalty.PointsExpiry;

/// <summary>How the expiry sweep runs; what expires when is each program's (mechanics.json <c>pointsExpiry</c>).</summary>
public sealed class PointsExpiryOptions
{
    public const string Section = "PointsExpiry";

    public bool Enabled { get; set; } = true;

    public int SweepIntervalMinutes { get; set; } = 60;

    /// <summary>Members read and written per transaction, so no sweep holds the writer (or many member rows) for long.</summary>
    public int BatchSize { get; set; } = 200;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (SweepIntervalMinutes is < 1 or > 1440)
        {
            problems.Add($"PointsExpiry:SweepIntervalMinutes: {SweepIntervalMinutes} must be between 1 and 1440 (reminders go out to the day)");
        }
        if (BatchSize is < 1 or > 10_000)
        {
            problems.Add($"PointsExpiry:BatchSize: {BatchSize} must be between 1 and 10000");
        }
        return problems;
    }
}
