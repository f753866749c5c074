using Microsoft.Extensions.Diagnostics.HealthChecks;
using WalletLoyalty.Data;

namespace WalletLoyalty.Server.Health;

/// <summary>Opens a connection and runs <c>SELECT 1</c>.</summary>
public sealed class DatabaseHealthCheck(IDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var probe = connection.CreateCommand();
            probe.CommandText = "SELECT 1";
            await probe.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("answers SELECT 1");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The body names only the kind of failure; the exception itself goes to the log.
            return new HealthCheckResult(context.Registration.FailureStatus, $"does not answer ({ex.GetType().Name})", ex);
        }
    }
}
