using WalletLoyalty.Configuration;

namespace WalletLoyalty.Server.Health;

public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>More due outbox rows than this makes readiness Degraded.</summary>
    public long OutboxBacklogDegraded { get; set; } = 10_000;

    /// <summary>A due outbox row waiting longer than this makes readiness Degraded.</summary>
    public double OutboxWaitDegradedSeconds { get; set; } = 300;

    public TimeSpan OutboxWaitDegraded => TimeSpan.FromSeconds(OutboxWaitDegradedSeconds);

    public static void Check(HealthOptions options)
    {
        var problems = new List<string>();
        if (options.OutboxBacklogDegraded < 0)
        {
            problems.Add($"Health:OutboxBacklogDegraded: {options.OutboxBacklogDegraded} is negative; give a row count such as 10000");
        }
        if (!(options.OutboxWaitDegradedSeconds > 0))
        {
            problems.Add($"Health:OutboxWaitDegradedSeconds: {options.OutboxWaitDegradedSeconds} must be more than 0, e.g. 300");
        }
        if (problems.Count > 0)
        {
            throw new ConfigurationProblemException(problems);
        }
    }
}
