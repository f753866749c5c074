using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Hosting;

/// <summary>Behind a reverse proxy the service sees the address the shopper asked for, but only from a proxy it trusts.</summary>
[Trait("Category", "Database")]
public sealed class ReverseProxyTests
{
    private static async Task<string> WebServiceUrlAsync(ServiceHost service)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, await Shoppers.WalletLinkAsync(service.Client, "/join/demo"));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "loyalty.example.com");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await service.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var pass = new PkPassFile(await response.Content.ReadAsByteArrayAsync());
        return pass.PassJson.GetProperty("webServiceURL").GetString()!;
    }

    [Fact]
    public async Task APassIssuedThroughALocalProxyPointsAtThePublicAddressTheShopperUsed()
    {
        await using var service = await ServiceHost.StartAsync();

        Assert.Equal("https://loyalty.example.com/apple", await WebServiceUrlAsync(service));
    }

    [Fact]
    public async Task ForwardedHeadersFromAnAddressNotTrustedAreIgnored()
    {
        await using var service = await ServiceHost.StartAsync(settings =>
        {
            settings["ReverseProxy:TrustedProxies:0"] = "10.9.9.9";
            settings["ReverseProxy:TrustLoopback"] = "false";
        });

        Assert.Equal(service.BaseAddress.ToString().TrimEnd('/') + "/apple", await WebServiceUrlAsync(service));
    }

    [Fact]
    public async Task ANetworkThatIsNotCidrStopsTheStartNamingTheSetting()
    {
        var problem = await Assert.ThrowsAsync<WalletLoyalty.Configuration.ConfigurationProblemException>(() =>
            ServiceHost.StartAsync(settings => settings["ReverseProxy:TrustedNetworks:0"] = "10.0.0.0/99"));

        Assert.Contains("ReverseProxy:TrustedNetworks", problem.Message);
    }
}
