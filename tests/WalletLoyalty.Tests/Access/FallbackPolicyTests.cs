using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Access;

/// <summary>An endpoint that declares nobody is open to nobody without a key: access is denied unless declared.</summary>
[Trait("Category", "Database")]
public sealed class FallbackPolicyTests
{
    [Fact]
    public async Task AnEndpointThatDeclaresNoPolicyRefusesARequestWithoutAKey()
    {
        await using var service = await ServiceHost.StartAsync(map: app => app.MapGet("/undeclared", () => TypedResults.Ok("reached")));
        using var admin = TillClient.Admin(service);

        using var anonymous = await service.Client.GetAsync("/undeclared");
        using var withKey = await admin.GetAsync("/undeclared");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }

    [Fact]
    public async Task APathNoEndpointServesIsStillNotFound()
    {
        await using var service = await ServiceHost.StartAsync();

        using var response = await service.Client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AMethodAPathDoesNotTakeIsStillMethodNotAllowed()
    {
        await using var service = await ServiceHost.StartAsync();

        using var response = await service.Client.DeleteAsync("/health");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
