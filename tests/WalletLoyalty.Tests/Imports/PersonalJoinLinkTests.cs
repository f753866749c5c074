using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Imports;

[Trait("Category", "Database")]
public sealed class PersonalJoinLinkTests
{
    [Fact]
    public async Task TheExportListsEveryImportedMemberWithAPersonalLink()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        var id = await imports.StartAsync("members", "external_id,first_name,email,phone\nC-1,Anna,anna@example.com,+4915100000\nC-2,\"Ben, Jr.\",,\n");
        await imports.FinishedAsync(id);

        var lines = await LinksAsync(imports, id);

        Assert.Equal("external_id,first_name,last_name,email,phone,join_link", lines[0]);
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("C-1,Anna,,anna@example.com,+4915100000," + service.BaseAddress.ToString().TrimEnd('/') + "/join/demo/card/", lines[1]);
        Assert.StartsWith("C-2,\"Ben, Jr.\",,,,", lines[2]);
        Assert.NotEqual(LinkOf(lines[1]), LinkOf(lines[2]));
    }

    [Fact]
    public async Task APersonalLinkAddsTheImportedMembersOwnCardWithTheirBalance()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        var id = await imports.StartAsync("members", "external_id,first_name,points\nC-1,Anna,320\nC-2,Ben,10\n");
        await imports.FinishedAsync(id);
        var link = new Uri(LinkOf((await LinksAsync(imports, id))[1]));
        var members = await service.CountAsync("SELECT COUNT(*) FROM members");
        using var phone = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = service.BaseAddress };

        var pass = await new AppleDevice(phone).AddFromLandingPageAsync(link.PathAndQuery, "Someone else");

        var annasCard = (await service.QueryAsync<string>(
            "SELECT p.serial_number FROM passes p JOIN members m ON m.id = p.member_id WHERE m.external_id = 'C-1'")).Single();
        Assert.Equal(annasCard, pass.SerialNumber);
        Assert.Equal(320, pass.Field("points").GetProperty("value").GetInt64());
        Assert.Equal(members, await service.CountAsync("SELECT COUNT(*) FROM members"));
    }

    [Fact]
    public async Task ALinkTheProgramNeverGaveOutIsNotFound()
    {
        await using var service = await ServiceHost.StartAsync();

        using var response = await service.Client.GetAsync("/join/demo/card/AAAAAAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This card link is not valid", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnImportOfPurchasesHasNoLinks()
    {
        await using var service = await ServiceHost.StartAsync();
        using var imports = ImportClient.Admin(service.BaseAddress);
        var id = await imports.StartAsync("purchases", "external_id,receipt_id\nC-1,R-1\n");

        using var response = await imports.GetAsync($"/api/v1/imports/{id}/links.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<IReadOnlyList<string>> LinksAsync(ImportClient imports, long id)
    {
        using var response = await imports.GetAsync($"/api/v1/imports/{id}/links.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private static string LinkOf(string line) => line[(line.LastIndexOf(',') + 1)..];
}
