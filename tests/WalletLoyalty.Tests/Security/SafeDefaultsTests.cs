using System.Net;
using Microsoft.Extensions.Configuration;
using WalletLoyalty.Configuration;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Security;

public sealed class SafeDefaultsTests
{
    [Fact]
    public void InProductionTheSampleCertificatesTheSampleTeamAndAPlainHttpAddressStopTheStartNamingEachSetting()
    {
        var settings = SampleSettings.For(Directory.CreateTempSubdirectory("production-samples-").FullName);

        var refusal = Assert.ThrowsAny<Exception>(() => Build(settings, ProductionSettings.Environment));

        var problem = Assert.IsType<ConfigurationProblemException>(refusal);
        Assert.Contains(problem.Problems, p => p.StartsWith("Apple:WwdrCertificatePath:", StringComparison.Ordinal));
        Assert.Contains(problem.Problems, p => p.StartsWith("Apple:TeamIdentifier: 'WLTEST0001' is the sample team", StringComparison.Ordinal));
        Assert.Contains(problem.Problems, p => p.StartsWith("PublicBaseUrl: ''", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://loyalty.example.com")]
    [InlineData("loyalty.example.com")]
    public void InProductionAPublicAddressThatIsNotHttpsStopsTheStart(string address)
    {
        var settings = SampleSettings.For(Directory.CreateTempSubdirectory("production-http-").FullName);
        ProductionSettings.Apply(settings);
        settings["PublicBaseUrl"] = address;

        var problem = Assert.IsType<ConfigurationProblemException>(Assert.ThrowsAny<Exception>(() => Build(settings, "Staging")));

        Assert.Equal($"PublicBaseUrl: '{address}'", Assert.Single(problem.Problems, p => p.StartsWith("PublicBaseUrl", StringComparison.Ordinal)).Split(" must")[0]);
        Assert.DoesNotContain(problem.Problems, p => p.StartsWith("Apple:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InProductionHttpsRequestsFromTheProxyGetHstsAndPlainOnesDoNot()
    {
        await using var service = await ServiceHost.StartAsync(ProductionSettings.Apply, environment: ProductionSettings.Environment);

        using var viaTls = new HttpRequestMessage(HttpMethod.Get, "/health");
        viaTls.Headers.Add("X-Forwarded-Proto", "https");
        viaTls.Headers.Host = "loyalty.example.com";
        using var secured = await service.Client.SendAsync(viaTls);
        using var plain = await service.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, secured.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(secured.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    private static void Build(Dictionary<string, string?> settings, string environment) =>
        WalletLoyaltyApp.Build(["--environment", environment], builder => builder.Configuration.AddInMemoryCollection(settings));
}
