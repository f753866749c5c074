using WalletLoyalty.Configuration;
using WalletLoyalty.Retention;

namespace WalletLoyalty.Server.Retention;

public static class RetentionRegistration
{
    public static void AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RetentionOptions.Section);
        var options = section.Get<RetentionOptions>() ?? new RetentionOptions();
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ConfigurationProblemException(problems);
        }
        services.Configure<RetentionOptions>(section);
        services.AddSingleton<RetentionSweep>();
        if (options.Enabled)
        {
            services.AddHostedService<RetentionService>();
        }
    }
}
