using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using WalletLoyalty.Observability;

namespace WalletLoyalty.Server.Metrics;

public static class MetricsRegistration
{
    /// <summary>
    /// The instruments are always there (recording without a listener costs next to nothing); the
    /// OpenTelemetry pipeline and its Prometheus exporter only when <c>Metrics:Enabled</c>.
    /// </summary>
    public static void AddLoyaltyMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MetricsOptions.Section);
        services.Configure<MetricsOptions>(section);
        services.AddSingleton<LoyaltyMetrics>();
        if (!(section.Get<MetricsOptions>() ?? new MetricsOptions()).Enabled)
        {
            return;
        }
        services.AddSingleton<OutboxGauges>();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(LoyaltyMetrics.MeterName))
            .WithMetrics(metrics => metrics.AddMeter(LoyaltyMetrics.MeterName).AddPrometheusExporter());
        services.ConfigureOpenTelemetryMeterProvider((provider, metrics) => metrics.AddView(OwnMetersOnly(provider.GetRequiredService<IMeterFactory>())));
    }

    /// <summary>
    /// Drops instruments of meters that another service provider's factory created. The listener matches
    /// meters by name across the whole process, so without this two hosts in one process (the tests) would
    /// each export the other's counts.
    /// </summary>
    private static Func<Instrument, MetricStreamConfiguration?> OwnMetersOnly(IMeterFactory own) =>
        instrument => instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, own) ? null : MetricStreamConfiguration.Drop;
}
