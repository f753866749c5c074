using Microsoft.Extensions.Diagnostics.HealthChecks;
using WalletLoyalty.Server.Push;

namespace WalletLoyalty.Server.Health;

/// <summary>Degraded while APNs removals are held: pushes are not reaching the phones and an operator should look.</summary>
public sealed class PushRemovalsHealthCheck(ApnsRemovals removals) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(removals.Guard.Holding
            ? HealthCheckResult.Degraded("most APNs answers say the device is gone; removals are held (check Apple:ApnsBaseAddress and the certificate)")
            : HealthCheckResult.Healthy("APNs removals follow APNs"));
}
