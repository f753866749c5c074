using System.Net;
using WalletLoyalty.Configuration;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Wallets.Google;

[Trait("Category", "Database")]
public sealed class GoogleConfigurationTests
{
    private const string Android = "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";

    [Fact]
    public void AnIssuerWithoutAServiceAccountKeyStopsStartUpNamingTheMissingSetting()
    {
        var data = Directory.CreateTempSubdirectory("google-half-").FullName;

        var refusal = Assert.ThrowsAny<Exception>(() => WalletLoyaltyApp.Build(["--environment", "Development"], builder =>
        {
            var settings = SampleSettings.For(data);
            settings["Google:IssuerId"] = "3388000000022100001";
            settings["PublicBaseUrl"] = "https://loyalty.example.com";
            Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(builder.Configuration, settings);
        }).Services.GetService(typeof(WalletLoyalty.Wallets.Google.GoogleWallet)));

        var problem = Assert.IsType<ConfigurationProblemException>(refusal);
        Assert.Contains(problem.Problems, p => p.StartsWith("Google:ServiceAccountKeyPath", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutGoogleTheAppleSideWorksAloneAndNoGoogleButtonIsShown()
    {
        await using var service = await ServiceHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/join/demo?src=flyer-a");
        request.Headers.UserAgent.ParseAdd(Android);

        using var page = await service.Client.SendAsync(request);
        using var google = await service.Client.GetAsync("/join/demo/google");
        using var apple = await service.Client.GetAsync(await Shoppers.WalletLinkAsync(service.Client, "/join/demo"));

        Assert.DoesNotContain("add-to-google-wallet", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, google.StatusCode);
        Assert.Equal(HttpStatusCode.OK, apple.StatusCode);
    }
}
