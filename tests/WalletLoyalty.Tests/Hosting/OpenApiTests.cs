using System.Net;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Hosting;

[Trait("Category", "Database")]
public sealed class OpenApiTests
{
    [Fact]
    public async Task TheOpenApiDocumentDescribesTheTillAndKeyApis()
    {
        await using var service = await ServiceHost.StartAsync();

        using var response = await service.Client.GetAsync("/openapi/v1.json");
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var path in new[] { "/api/v1/till/cards/{code}", "/api/v1/till/earn", "/api/v1/till/redeem", "/api/v1/till/reverse", "/api/v1/keys" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path + " is missing");
        }
        var earn = paths.GetProperty("/api/v1/till/earn").GetProperty("post");
        Assert.True(earn.GetProperty("responses").TryGetProperty("409", out _));
        Assert.True(earn.TryGetProperty("requestBody", out _));
    }

    [Fact]
    public async Task InDevelopmentTheApiReferenceIsServedAndElsewhereItIsNot()
    {
        await using var development = await ServiceHost.StartAsync(environment: "Development");
        await using var production = await ServiceHost.StartAsync();

        using var reference = await development.Client.GetAsync("/scalar/v1");
        using var hidden = await production.Client.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("text/html", reference.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"url\":\"openapi/v1.json\"", await reference.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await development.Client.GetAsync("/scalar/scalar.js")).StatusCode); // served here, not from a CDN
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }
}
