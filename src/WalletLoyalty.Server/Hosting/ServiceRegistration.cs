using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WalletLoyalty.Access;
using WalletLoyalty.Configuration;
using WalletLoyalty.Coupons;
using WalletLoyalty.Till;
using WalletLoyalty.Push;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Wallets.Google;
using WalletLoyalty.Server.Health;
using WalletLoyalty.Server.Imports;
using WalletLoyalty.Server.Kpis;
using WalletLoyalty.Server.MemberCare;
using WalletLoyalty.Server.Metrics;
using WalletLoyalty.Server.RateLimits;
using WalletLoyalty.Server.Campaigns;
using WalletLoyalty.Server.Push;
using WalletLoyalty.Server.Storage;
using WalletLoyalty.Server.Retention;
using WalletLoyalty.Server.PointsExpiry;
using WalletLoyalty.Server.Webhooks;
using WalletLoyalty.Server.Referrals;
using WalletLoyalty.Server.CouponOffers;
using WalletLoyalty.Server.Surveys;
using WalletLoyalty.Server.Tiers;
using WalletLoyalty.Data;
using WalletLoyalty.Members;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Reports;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Server.Hosting;

public static class ServiceRegistration
{
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi(o => o.AddOperationTransformer<RequiredIdempotencyKey>());
        services.AddMemoryCache();
        services.AddRazorComponents();
        // Pages are UTF-8: Thai and Chinese text is sent as itself, not as numeric entities three times its size.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<PageAssets>();
        services.AddSingleton<Languages.PageTexts>();
        services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        services.AddAccess();
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<PublicUrlOptions>(builder.Configuration);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.Configure<TemplateOptions>(builder.Configuration.GetSection(TemplateOptions.Section));
        services.Configure<AppleOptions>(builder.Configuration.GetSection(AppleOptions.Section));
        var storage = services.AddStorage(builder.Configuration);
        var proxy = builder.Configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        proxy.ApplyTo(new ForwardedHeadersOptions()); // fails the start, naming the setting, before anything listens
        services.Configure<ForwardedHeadersOptions>(proxy.ApplyTo);
        services.AddSingleton(sp => ProgramCatalog.Load(PathResolver.Resolve(sp.GetRequiredService<IOptions<TemplateOptions>>().Value.Path)));
        services.AddSingleton<ProgramSync>();
        services.AddSingleton<MemberEnrolment>();
        services.AddSingleton<WalletLoyalty.Consent.MemberConsents>();
        services.AddSingleton<WalletLoyalty.Till.PhoneLookup>();
        services.AddSingleton<PassRepository>();

        services.AddSingleton(sp => PassSigningCredentials.Load(
            sp.GetRequiredService<IOptions<AppleOptions>>().Value, sp.GetRequiredService<TimeProvider>().GetUtcNow()));
        services.AddSingleton<PassSigner>();
        services.AddSingleton<IPassPackager, PkPassPackager>();
        services.AddSingleton<SignedPassCache>();
        services.AddSingleton<ApplePassIssuer>();
        services.AddSingleton<AppleRegistrations>();
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<Join.EnrolmentTokens>();
        services.AddAbuseLimits(builder.Configuration);

        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<WalletLoyalty.Audit.AuditTrail>();
        services.AddSingleton<PushSignal>();
        services.AddSingleton<PassUpdates>();
        services.AddSingleton<IdempotentTransaction>();
        services.AddSingleton<EarnOperation>();
        services.AddSingleton<RedeemOperation>();
        services.AddSingleton<ReverseOperation>();
        services.AddSingleton<TillCards>();
        services.AddSingleton<CouponIssuer>();
        services.AddSingleton<CouponWithdrawal>();
        services.AddSingleton<AppDevices>();
        services.AddSingleton<MemberMessages>();
        services.AddSingleton<CouponPasses>();
        services.AddSingleton<InstallsReport>();
        services.AddApplePushes(builder.Configuration);
        services.AddGoogleWallet(builder.Configuration);
        services.AddCampaigns(builder.Configuration, storage);
        services.AddImports(builder.Configuration, storage);
        services.AddKpis(builder.Configuration);
        services.AddSurveys();
        services.AddReferrals();
        services.AddCouponOffers();
        services.AddPointsExpiry(builder.Configuration);
        services.AddWebhooks(builder.Configuration);
        services.AddMemberCare(builder.Configuration);
        services.AddHealth(builder.Configuration);
        services.AddRetention(builder.Configuration);
        services.AddTiers(builder.Configuration);
        services.AddLoyaltyMetrics(builder.Configuration);
    }
}
