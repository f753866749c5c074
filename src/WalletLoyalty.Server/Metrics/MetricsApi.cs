using Microsoft.Extensions.Options;
using WalletLoyalty.Observability;

namespace WalletLoyalty.Server.Metrics;

public static class MetricsApi
{
    /// <summary>
    /// <c>/metrics</c> in Prometheus text format, for a scraper on the internal network: it is not
    /// authenticated (a scraper has no key), so the public proxy should not forward it; Metrics:Enabled turns it off.
    /// </summary>
    public static void MapMetricsApi(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Enabled)
        {
            return;
        }
        // Observable gauges exist once their owner does; create it now so the first scrape has them.
        app.Services.GetRequiredService<OutboxGauges>();
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous().ExcludeFromDescription();
    }
}
