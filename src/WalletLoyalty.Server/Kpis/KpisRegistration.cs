using WalletLoyalty.Configuration;
using WalletLoyalty.Kpis;

namespace WalletLoyalty.Server.Kpis;

public static class KpisRegistration
{
    /// <summary>The loyalty KPIs, the dashboard's tables and their setting, checked at start.</summary>
    public static void AddKpis(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(KpiOptions.Section);
        if ((section.Get<KpiOptions>() ?? new KpiOptions()).Problems() is { Count: > 0 } problems)
        {
            throw new ConfigurationProblemException(problems);
        }
        services.Configure<KpiOptions>(section);
        services.AddSingleton<KpiReport>();
        services.AddSingleton<KpiTrendReport>();
        services.AddSingleton<KpiCohortReport>();
        services.AddSingleton<KpiStoreReport>();
    }
}
