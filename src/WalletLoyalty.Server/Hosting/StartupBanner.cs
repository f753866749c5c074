using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Server.Hosting;

/// <summary>Tells the operator, once listening, where each program's join page and flyer QR code are.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var configured = app.Services.GetRequiredService<IOptions<PublicUrlOptions>>().Value.PublicBaseUrl;
        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        var baseUrl = (string.IsNullOrWhiteSpace(configured) ? listening : configured)?.TrimEnd('/');
        if (baseUrl is null)
        {
            return;
        }
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("WalletLoyalty");
        if (string.IsNullOrEmpty(app.Services.GetRequiredService<IOptions<Access.AuthOptions>>().Value.BootstrapAdminKey))
        {
            logger.LogInformation("No Auth:BootstrapAdminKey is set: the APIs that need a key (till, marketing, keys) cannot be used yet; see README");
        }
        logger.LogInformation("Cashier page: {BaseUrl}/till", baseUrl);
        foreach (var program in app.Services.GetRequiredService<ProgramCatalog>().All)
        {
            logger.LogInformation(
                "Program {Program}: join page {BaseUrl}/join/{Program}?src=flyer-demo  flyer QR {BaseUrl}/api/v1/programs/{Program}/flyer-qr?src=flyer-demo&format=svg",
                program.Id, baseUrl, program.Id, baseUrl, program.Id);
        }
    }
}
