using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Imports;

[Trait("Category", "Database")]
public sealed class ImportUploadTests
{
    [Fact]
    public async Task AnUploadThatIsNotCsvIsRefusedAsAnUnsupportedMediaType()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);

        using var response = await imports.UploadAsync("members", "{\"external_id\": \"C-1\"}", contentType: "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM import_jobs"));
    }

    [Fact]
    public async Task AFileWithoutAHeaderIsRefusedNamingTheFile()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);

        var problem = await ProblemAsync(await imports.UploadAsync("members", "C-1,Anna,Nowak\nC-2,Ben,Berg\n"), HttpStatusCode.BadRequest);

        Assert.Contains("header", problem.GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM import_jobs"));
        Assert.Empty(FilesWaiting(service));
    }

    [Fact]
    public async Task AHeaderWithAColumnOfAnotherKindIsRefused()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);

        var problem = await ProblemAsync(await imports.UploadAsync("members", "external_id,receipt_id\nC-1,R-1\n"), HttpStatusCode.BadRequest);

        Assert.Contains("receipt_id", problem.GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [Fact]
    public async Task AnUnknownKindIsRefusedNamingTheKind()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);

        var problem = await ProblemAsync(await imports.UploadAsync("coupons", "external_id\nC-1\n"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task AFileAboveTheLimitIsRefusedAsTooLargeAndNotKept()
    {
        await using var service = await ServiceHost.StartAsync(s => s["Imports:MaxUploadBytes"] = "2048");
        using var imports = ImportClient.Admin(service.BaseAddress);
        var csv = "external_id,first_name\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"C-{i},Member{i}\n"));

        var problem = await ProblemAsync(await imports.UploadAsync("members", csv), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("https://walletloyalty.dev/problems/too-large", problem.GetProperty("type").GetString());
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM import_jobs"));
        Assert.Empty(FilesWaiting(service));
    }

    [Fact]
    public async Task AnAcceptedFileIsKeptUntilItsImportIsDone()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);

        var status = await imports.ImportAsync("members", "external_id\nC-1\n");

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Empty(FilesWaiting(service));
    }

    [Fact]
    public async Task AnotherProgramIsNotFoundForAMarketerOfThisOne()
    {
        await using var service = await ServiceHost.StartAsync(s => CampaignTemplates.Use(s, secondProgram: true));
        using var imports = new ImportClient(service.BaseAddress, await NewKeyAsync(service, "marketer", "demo"));

        using var response = await imports.UploadAsync("members", "external_id\nC-1\n", program: "other");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> NewKeyAsync(ServiceHost service, string role, string programId)
    {
        using var admin = TillClient.Admin(service);
        var (_, body) = await admin.PostJsonAsync("/api/v1/keys", new { role, programId, name = "imports" });
        return body.GetProperty("key").GetString()!;
    }

    private static IEnumerable<string> FilesWaiting(ServiceHost service) =>
        Directory.Exists(Path.Combine(service.DataDirectory, "imports")) ? Directory.EnumerateFiles(Path.Combine(service.DataDirectory, "imports")) : [];

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            Assert.Equal(expected, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }
}
