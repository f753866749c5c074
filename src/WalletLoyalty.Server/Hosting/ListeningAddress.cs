namespace WalletLoyalty.Server.Hosting;

/// <summary>
/// Where the service listens when the operator names no address. Set in code, not in appsettings.json,
/// because a <c>Urls</c> there would override <c>ASPNETCORE_URLS</c> and <c>ASPNETCORE_HTTP_PORTS</c>,
/// which container images use.
/// </summary>
public static class ListeningAddress
{
    public const string Default = "http://127.0.0.1:5080";

    // ASP.NET Core maps --urls, Urls and the ASPNETCORE_/DOTNET_-prefixed variables to these keys.
    private static readonly string[] AddressKeys = [WebHostDefaults.ServerUrlsKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey];

    public static void ApplyDefault(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var named = AddressKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!named)
        {
            builder.WebHost.UseUrls(Default);
        }
    }
}
