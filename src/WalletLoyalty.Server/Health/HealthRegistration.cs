using WalletLoyalty.Push;

namespace WalletLoyalty.Server.Health;

public static class HealthRegistration
{
    public const string ReadyTag = "ready";

    // Longer than this and a check counts as failed: a load balancer should not wait on a stuck database.
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static void AddHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HealthOptions>(configuration.GetSection(HealthOptions.Section));
        services.AddSingleton<OutboxBacklog>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<OutboxHealthCheck>("outbox", tags: [ReadyTag], timeout: CheckTimeout);
    }
}
