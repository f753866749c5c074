using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using WalletLoyalty.Push;

namespace WalletLoyalty.Server.Health;

/// <summary>Degraded when the due outbox rows pile up or the oldest has waited too long: pushes are late.</summary>
public sealed class OutboxHealthCheck(OutboxBacklog backlog, TimeProvider time, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var reading = await backlog.ReadAsync(time.GetUtcNow(), cancellationToken);
        var limits = options.Value;
        var waited = Math.Round(reading.OldestWait.TotalSeconds, 1);
        var description = string.Create(CultureInfo.InvariantCulture, $"{reading.Due} due, the oldest waiting {waited} s");
        var data = new Dictionary<string, object> { ["due"] = reading.Due, ["oldestWaitSeconds"] = waited };
        var behind = reading.Due > limits.OutboxBacklogDegraded || reading.OldestWait > limits.OutboxWaitDegraded;
        return behind
            ? HealthCheckResult.Degraded(description + string.Create(CultureInfo.InvariantCulture,
                $" (degraded above {limits.OutboxBacklogDegraded} rows or {limits.OutboxWaitDegradedSeconds} s)"), data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
