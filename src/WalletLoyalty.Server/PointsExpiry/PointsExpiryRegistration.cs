using WalletLoyalty.Configuration;
using WalletLoyalty.PointsExpiry;

namespace WalletLoyalty.Server.PointsExpiry;

public static class PointsExpiryRegistration
{
    public static void AddPointsExpiry(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PointsExpiryOptions.Section);
        var options = section.Get<PointsExpiryOptions>() ?? new PointsExpiryOptions();
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ConfigurationProblemException(problems);
        }
        services.Configure<PointsExpiryOptions>(section);
        services.AddSingleton<PointsExpiryWriter>();
        services.AddSingleton<PointsExpirySweep>();
        services.AddSingleton<MemberExpiry>();
        if (options.Enabled)
        {
            services.AddHostedService<PointsExpiryService>();
        }
    }
}
