using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Hosting;

[Trait("Category", "Database")]
public sealed class ListeningAddressTests
{
    [Fact]
    public async Task AspNetCoreUrlsFromTheEnvironmentIsWhereTheServiceListens()
    {
        await using var service = await StartAsync((start, port) => start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}");

        await AssertHealthyAsync(service);
    }

    [Fact]
    public async Task AspNetCoreHttpPortsAsContainerImagesSetItIsWhereTheServiceListens()
    {
        await using var service = await StartAsync((start, port) => start.Environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await AssertHealthyAsync(service);
    }

    [Fact]
    public async Task TheUrlsArgumentIsWhereTheServiceListens()
    {
        await using var service = await StartAsync((start, port) => start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}"));

        await AssertHealthyAsync(service);
    }

    [Fact]
    public void WithNoAddressConfiguredTheServiceListensOnLoopbackPort5080()
    {
        var builder = BuilderWith([]);

        ListeningAddress.ApplyDefault(builder);

        Assert.Equal("http://127.0.0.1:5080", builder.Configuration[WebHostDefaults.ServerUrlsKey]);
    }

    [Theory]
    [InlineData("urls", "http://0.0.0.0:9000")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:9000")]
    public void AnyConfiguredAddressReplacesTheDefault(string key, string value)
    {
        var builder = BuilderWith(new() { [key] = value });

        ListeningAddress.ApplyDefault(builder);

        Assert.Equal(key == "urls" ? value : null, builder.Configuration[WebHostDefaults.ServerUrlsKey]);
    }

    private static WebApplicationBuilder BuilderWith(Dictionary<string, string?> settings)
    {
        // The empty builder reads no environment, so the test runner's variables cannot leak in.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    private static Task<ServiceProcess> StartAsync(Action<System.Diagnostics.ProcessStartInfo, int> listenOn) =>
        ServiceProcess.StartAsync(SampleSettings.For(Directory.CreateTempSubdirectory("listening-").FullName), listenOn);

    private static async Task AssertHealthyAsync(ServiceProcess service)
    {
        using var http = new HttpClient { BaseAddress = service.BaseAddress };
        using var response = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
