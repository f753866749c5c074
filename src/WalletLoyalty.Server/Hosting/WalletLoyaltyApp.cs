using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.AppleWebService;
using WalletLoyalty.Server.Audit;
using WalletLoyalty.Server.Programs;
using WalletLoyalty.Server.Campaigns;
using WalletLoyalty.Server.Consent;
using WalletLoyalty.Server.Coupons;
using WalletLoyalty.Server.Till;
using WalletLoyalty.Server.Flyers;
using WalletLoyalty.Server.Wallets.Google;
using WalletLoyalty.Server.Health;
using WalletLoyalty.Server.Imports;
using WalletLoyalty.Server.Join;
using WalletLoyalty.Server.Kpis;
using WalletLoyalty.Server.Marketing;
using WalletLoyalty.Server.Members;
using WalletLoyalty.Server.MemberCare;
using WalletLoyalty.Server.Metrics;
using WalletLoyalty.Server.RateLimits;
using WalletLoyalty.Server.Reports;
using WalletLoyalty.Server.Security;
using WalletLoyalty.Server.Storage;
using WalletLoyalty.Server.Webhooks;
using WalletLoyalty.Server.Referrals;
using WalletLoyalty.Server.CouponOffers;
using WalletLoyalty.Server.Surveys;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Server.Hosting;

/// <summary>Builds the whole service. Tests call this too, with their own configuration.</summary>
public static class WalletLoyaltyApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json sits beside the binary; relative data paths resolve against the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            // Named, so tests and tools that host the service find its static web assets under this name.
            ApplicationName = typeof(WalletLoyaltyApp).Assembly.GetName().Name,
        });
        // Serves wwwroot/ from the project folder when run from a build rather than from published output.
        builder.WebHost.UseStaticWebAssets();
        configure?.Invoke(builder);
        ListeningAddress.ApplyDefault(builder);
        builder.AddApplicationServices();
        var app = builder.Build();

        // Fail before listening: bad certificates, templates or schema should stop the process, naming the fix.
        var credentials = app.Services.GetRequiredService<WalletLoyalty.Wallets.Apple.PassSigningCredentials>();
        SafeDefaults.Check(app.Environment, credentials, app.Services.GetRequiredService<IOptions<PublicUrlOptions>>().Value.PublicBaseUrl);
        app.Services.GetRequiredService<WalletLoyalty.Push.Apns.IApnsClient>();
        AuthOptions.Check(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthOptions>>().Value);
        HealthOptions.Check(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthOptions>>().Value);
        RateLimitOptions.Check(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value);
        var programs = app.Services.GetRequiredService<ProgramCatalog>();
        ApplyMigrations(app.Services);
        KeyRingBootstrap.EnsureKeyAsync(app.Services).GetAwaiter().GetResult();
        app.Services.GetRequiredService<ProgramSync>().SyncAsync(programs).GetAwaiter().GetResult();
        app.Services.GetRequiredService<WalletLoyalty.CouponOffers.CouponOfferSync>().SyncAsync(programs).GetAwaiter().GetResult();
        app.Services.GetRequiredService<GoogleClassSync>().QueueAsync().GetAwaiter().GetResult();

        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts(); // only on https requests, as the TLS proxy reports them in X-Forwarded-Proto
        }
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter(); // after the forwarded headers (the client address) and the key (the till's partition)
        // Open on purpose, like the shopper pages and Wallet's web service (each feature says so): the pages' files
        // and the API's description. Every other endpoint declares who may call it (AccessPolicies).
        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference().AllowAnonymous(); // the API reference at /scalar/v1, read from /openapi/v1.json
        }
        app.MapHealthApi();
        app.MapMetricsApi();
        app.MapJoinPages();
        app.MapConsentPages();
        app.MapSurveyPages();
        app.MapReferralPages();
        app.MapProgramAssets();
        app.MapFlyerApi();
        app.MapAppleWebService();
        app.MapKeysApi();
        app.MapAuditApi();
        app.MapTillApi();
        app.MapCouponsApi();
        app.MapCampaignsApi();
        app.MapImportsApi();
        app.MapWebhooksApi();
        app.MapMemberCareApi();
        app.MapMemberDevicesApi();
        app.MapMemberLocationApi();
        app.MapGoogleJoin();
        app.MapGoogleCallbacks();
        app.MapMemberMessagesApi();
        app.MapInstallsApi();
        app.MapKpisApi();
        app.MapSurveysApi();
        app.MapCouponOffersApi();
        app.MapCouponOfferPages();
        app.MapProgramsApi();
        app.MapTillPage();
        app.MapMarketingPage();
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
        return app;
    }

    private static void ApplyMigrations(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<MigrationRunner>().ApplyAsync().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (StorageRegistration.IsUnreachable(ex))
        {
            throw StorageRegistration.Unreachable(services.GetRequiredService<IOptions<StorageOptions>>().Value, ex);
        }
    }
}
