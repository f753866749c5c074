using Microsoft.Extensions.Options;
using Quartz;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Configuration;
using WalletLoyalty.Data;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Campaigns;

public static class CampaignsRegistration
{
    /// <summary>
    /// Campaigns and their scheduler: Quartz with its job store in the service's own database (tables
    /// created by our migrations, validated by Quartz at start), so schedules survive restarts.
    /// </summary>
    public static void AddCampaigns(this IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        var section = configuration.GetSection(CampaignOptions.Section);
        var campaigns = section.Get<CampaignOptions>() ?? new CampaignOptions();
        services.Configure<CampaignOptions>(section);
        services.PostConfigure<CampaignOptions>(o => o.CouponLinkBase ??= configuration.Get<PublicUrlOptions>()?.PublicBaseUrl);
        services.AddSingleton<CampaignStore>();
        services.AddSingleton<AudienceCounter>();
        services.AddSingleton<CampaignDelivery>();
        services.AddSingleton<CampaignRunner>();
        services.AddSingleton<NearbyPushes>();
        services.AddSingleton<CampaignResultsQuery>();
        services.AddSingleton<CampaignSchedule>();
        services.AddSingleton<CronRule>();

        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(o => o.InstanceName = "WalletLoyalty");
            quartz.UsePersistentStore(store =>
            {
                if (storage.IsPostgres)
                {
                    // Clustered, each node generates its own instance id; they share the one store.
                    store.UsePostgres(storage.ConnectionString);
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = campaigns.ClusterCheckin;
                        cluster.CheckinMisfireThreshold = campaigns.ClusterCheckin * 2;
                    });
                }
                else
                {
                    store.UseSqlite(new SqliteDatabase(PathResolver.Resolve(storage.Path)).ConnectionString);
                }
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(o =>
                {
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                    o.StoreJobDataAsStrings = true;
                    o.MisfireThreshold = campaigns.MisfireGrace;
                });
            });
        });
        if (campaigns.SchedulerEnabled)
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
            services.AddHostedService<CampaignRecovery>();
        }
    }
}
