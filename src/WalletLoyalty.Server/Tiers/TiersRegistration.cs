using WalletLoyalty.Configuration;
using WalletLoyalty.Tiers;

namespace WalletLoyalty.Server.Tiers;

public static class TiersRegistration
{
    public static void AddTiers(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TierOptions.Section).Get<TierOptions>() ?? new TierOptions();
        if (options.SweepIntervalHours is < 1 or > 168)
        {
            throw new ConfigurationProblemException([$"{TierOptions.Section}:SweepIntervalHours must be between 1 and 168 (hours between tier sweeps)."]);
        }
        services.AddSingleton(options);
        services.AddSingleton<TierSweep>();
        if (options.SweepEnabled)
        {
            services.AddHostedService<TierSweepService>();
        }
    }
}
