using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Access;

[Trait("Category", "Database")]
public sealed class ApiKeyTests : IAsyncLifetime
{
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AMissingOrWrongKeyGets401Problem()
    {
        using var missing = await _service.Client.GetAsync("/api/v1/till/me");
        using var wrong = new TillClient(_service.BaseAddress, "wl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        using var wrongResponse = await wrong.GetAsync("/api/v1/till/me");

        await AssertProblemAsync(missing, HttpStatusCode.Unauthorized);
        await AssertProblemAsync(wrongResponse, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AKeyWithTheWrongRoleGets403Problem()
    {
        using var marketer = await TillClient.WithNewKeyAsync(_service, "marketer");
        using var cashier = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");

        using var marketerAtTill = await marketer.GetAsync("/api/v1/till/me");
        using var cashierMakingKeys = await cashier.PostAsync("/api/v1/keys", new { role = "admin" });

        await AssertProblemAsync(marketerAtTill, HttpStatusCode.Forbidden);
        await AssertProblemAsync(cashierMakingKeys, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ACashierKeyIsBoundToItsStoreAndShownOnce()
    {
        using var admin = TillClient.Admin(_service);
        var (created, body) = await admin.PostJsonAsync("/api/v1/keys", new { role = "cashier", storeId = "station", name = "Kiosk till" });
        using var cashier = new TillClient(_service.BaseAddress, body.GetProperty("key").GetString()!);

        var me = await (await cashier.GetAsync("/api/v1/till/me")).Content.ReadFromJsonAsync<JsonElement>();
        var listed = await (await admin.GetAsync("/api/v1/keys")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("station", me.GetProperty("storeId").GetString());
        Assert.Equal("demo", me.GetProperty("programId").GetString());
        Assert.DoesNotContain(body.GetProperty("key").GetString()!, listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARevokedKeyStopsWorking()
    {
        using var admin = TillClient.Admin(_service);
        var (_, body) = await admin.PostJsonAsync("/api/v1/keys", new { role = "marketer" });

        using var revoked = await admin.SendDeleteAsync($"/api/v1/keys/{body.GetProperty("id").GetInt64()}");
        using var next = new TillClient(_service.BaseAddress, body.GetProperty("key").GetString()!);
        using var afterRevocation = await next.GetAsync("/api/v1/keys");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevocation.StatusCode);
    }

    [Fact]
    public async Task AnAdminKeyIsNotBoundToAProgram()
    {
        using var admin = TillClient.Admin(_service);

        var (response, problem) = await admin.PostJsonAsync("/api/v1/keys", new { role = "admin", programId = "demo" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty("programId", out _));
    }

    [Theory]
    [InlineData("""{"role":"cashier"}""")]
    [InlineData("""{"role":"cashier","storeId":"nowhere"}""")]
    [InlineData("""{"role":"owner"}""")]
    [InlineData("""{"role":"marketer","storeId":"station"}""")]
    public async Task BadKeyRequestsGetValidationProblems(string json)
    {
        using var admin = TillClient.Admin(_service);

        using var response = await admin.PostRawAsync("/api/v1/keys", json);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
