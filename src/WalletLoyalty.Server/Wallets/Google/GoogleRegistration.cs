using Microsoft.Extensions.Options;
using WalletLoyalty.Configuration;
using WalletLoyalty.Push.Fcm;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Wallets.Google;
using WalletLoyalty.Wallets.Google.Callbacks;

namespace WalletLoyalty.Server.Wallets.Google;

public static class GoogleRegistration
{
    public static void AddGoogleWallet(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GoogleOptions>(configuration.GetSection(GoogleOptions.Section));
        services.Configure<FcmOptions>(configuration.GetSection(FcmOptions.Section));
        services.AddSingleton(sp => GoogleWallet.Create(
            sp.GetRequiredService<IOptions<GoogleOptions>>().Value,
            sp.GetRequiredService<IOptions<PublicUrlOptions>>().Value.PublicBaseUrl,
            (account, api) => new GoogleWalletClient(new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) }, account, sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<GoogleObjects>();
        services.AddSingleton<GoogleClassSync>();
        services.AddSingleton<IFcmClient>(sp => CreateFcm(sp) ?? DisabledFcm.Instance);
        services.AddSingleton<IGoogleRootKeySource>(sp => new HttpGoogleRootKeySource(
            new HttpClient { Timeout = TimeSpan.FromSeconds(15) },
            new Uri(configuration["Google:CallbackKeysUrl"] is { Length: > 0 } url ? url : HttpGoogleRootKeySource.ProductionKeysUrl),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<GoogleCallbackVerifier>();
        services.AddSingleton<GoogleCallbackRecorder>();
    }

    private static IFcmClient? CreateFcm(IServiceProvider services)
    {
        var fcm = services.GetRequiredService<IOptions<FcmOptions>>().Value;
        if (string.IsNullOrWhiteSpace(fcm.ProjectId))
        {
            return null;
        }
        var (path, setting) = fcm.ResolveServiceAccountKeyPath(services.GetRequiredService<IOptions<GoogleOptions>>().Value);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ConfigurationProblemException(["Fcm:ServiceAccountKeyPath: Fcm:ProjectId is set but no service account key is (set it, or Google:ServiceAccountKeyPath)"]);
        }
        var account = GoogleServiceAccount.Load(PathResolver.Resolve(path), setting);
        var http = new HttpClient { BaseAddress = new Uri(fcm.BaseAddress), Timeout = TimeSpan.FromSeconds(30) };
        return new FcmClient(http, account, fcm.ProjectId, services.GetRequiredService<TimeProvider>());
    }
}
