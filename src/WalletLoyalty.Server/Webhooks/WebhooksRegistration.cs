using Microsoft.Extensions.Options;
using WalletLoyalty.Configuration;
using WalletLoyalty.Server.Push;
using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Server.Webhooks;

public static class WebhooksRegistration
{
    public static void AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>() ?? new WebhookOptions();
        if (options.TimeoutSeconds is < 1 or > 60)
        {
            throw new ConfigurationProblemException([$"Webhooks:TimeoutSeconds: {options.TimeoutSeconds} must be from 1 to 60 (seconds one delivery attempt may take)"]);
        }
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<WebhookEndpointStore>();
        services.AddSingleton<WebhookDeliveries>();
        // One long-lived client: its connections are reused, and it follows no redirect to where the URL check never looked.
        services.AddSingleton(sp => new WebhookClient(
            new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseCookies = false })
            {
                Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.TimeoutSeconds),
            },
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IChannelSender, WebhookChannelSender>();
    }
}
