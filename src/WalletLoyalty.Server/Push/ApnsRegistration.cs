using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using WalletLoyalty.Configuration;
using WalletLoyalty.Push;
using WalletLoyalty.Push.Apns;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Server.Push;

public static class ApnsRegistration
{
    /// <summary>
    /// One long-lived HTTP/2 client authenticated with the Pass Type ID certificate: its connections are
    /// reused for the life of the process, as Apple asks.
    /// </summary>
    public static void AddApplePushes(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PushOptions>(configuration.GetSection(PushOptions.Section));
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<PushSender>();
        services.AddSingleton<GoogleMessageTargets>();
        services.AddSingleton<ApnsRemovals>();
        services.AddHealthChecks().AddCheck<Health.PushRemovalsHealthCheck>("apns-removals", tags: [Health.HealthRegistration.ReadyTag]);
        services.AddSingleton<IChannelSender, ApnsChannelSender>();
        services.AddSingleton<IChannelSender, GoogleObjectChannelSender>();
        services.AddSingleton<IChannelSender, GoogleClassChannelSender>();
        services.AddSingleton<IChannelSender, GoogleMessageChannelSender>();
        services.AddSingleton<IChannelSender, FcmChannelSender>();
        services.AddSingleton<IApnsClient>(sp =>
        {
            var apple = sp.GetRequiredService<IOptions<AppleOptions>>().Value;
            var credentials = sp.GetRequiredService<PassSigningCredentials>();
            var handler = ApnsHttpHandlerFactory.Create(credentials.Certificate, ExtraServerCas(apple));
            var client = new HttpClient(handler) { BaseAddress = BaseAddress(apple), Timeout = TimeSpan.FromSeconds(30) };
            return new ApnsClient(client, sp.GetRequiredService<TimeProvider>());
        });
        if (configuration.GetSection(PushOptions.Section).Get<PushOptions>()?.DispatcherEnabled ?? true)
        {
            services.AddHostedService<PushDispatcher>();
        }
    }

    private static Uri BaseAddress(AppleOptions apple) =>
        Uri.TryCreate(apple.ApnsBaseAddress, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? uri
            : throw new ConfigurationProblemException([$"Apple:ApnsBaseAddress: '{apple.ApnsBaseAddress}' must be an https address ({ApnsEndpoints.Production} or {ApnsEndpoints.Sandbox})"]);

    private static X509Certificate2Collection? ExtraServerCas(AppleOptions apple)
    {
        if (string.IsNullOrWhiteSpace(apple.ApnsServerCaPath))
        {
            return null;
        }
        var path = PathResolver.Resolve(apple.ApnsServerCaPath);
        if (!File.Exists(path))
        {
            throw new ConfigurationProblemException([$"Apple:ApnsServerCaPath: file '{apple.ApnsServerCaPath}' not found (looked for '{path}'); leave it empty in production"]);
        }
        var cas = new X509Certificate2Collection();
        cas.ImportFromPemFile(path);
        return cas;
    }
}
