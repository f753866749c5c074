using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WalletLoyalty.Server.Health;

/// <summary>The body of <c>/health/ready</c>: the overall status and each check's.</summary>
public sealed record ReadinessAnswer(string Status, double DurationMs, IReadOnlyList<ReadinessCheck> Checks)
{
    public static ReadinessAnswer From(HealthReport report) => new(
        report.Status.ToString(),
        Math.Round(report.TotalDuration.TotalMilliseconds, 1),
        report.Entries.Select(e => new ReadinessCheck(
            e.Key,
            e.Value.Status.ToString(),
            e.Value.Description,
            Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            e.Value.Data)).ToList());

    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(From(report), context.RequestAborted);
}

public sealed record ReadinessCheck(string Name, string Status, string? Description, double DurationMs, IReadOnlyDictionary<string, object> Data);
