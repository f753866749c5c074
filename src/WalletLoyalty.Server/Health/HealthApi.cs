using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WalletLoyalty.Server.Health;

public static class HealthApi
{
    /// <summary>
    /// <c>/health</c> is liveness (the process serves requests, nothing else is asked);
    /// <c>/health/ready</c> is readiness: 200 when Healthy or Degraded, 503 when Unhealthy. Both are open: load
    /// balancers and orchestrators probe them without keys.
    /// </summary>
    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok("ok")).AllowAnonymous().ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthRegistration.ReadyTag),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = ReadinessAnswer.WriteAsync,
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
