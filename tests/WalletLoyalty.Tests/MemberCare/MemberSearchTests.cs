using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.MemberCare;

/// <summary>Staff find a member by any of the things a customer can tell them, a page of 50 at a time.</summary>
[Trait("Category", "Database")]
public sealed class MemberSearchTests : IAsyncLifetime
{
    private ServiceHost _service = null!;
    private TillClient _marketer = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync();
        _marketer = await TillClient.WithNewKeyAsync(_service, "marketer", programId: "demo");
    }

    public async Task DisposeAsync()
    {
        _marketer.Dispose();
        await _service.DisposeAsync();
    }

    private async Task<(HttpResponseMessage Response, JsonElement Body)> SearchAsync(string query)
    {
        var response = await _marketer.GetAsync("/api/v1/programs/demo/members" + query);
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<List<long>> IdsFoundAsync(string q)
    {
        var (response, body) = await SearchAsync("?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.Count, body.GetProperty("total").GetInt64());
        return ids;
    }

    private async Task<InsertedMember> InsertAsync(string name, string? lastName = null, string? email = null, string? phone = null, string? externalId = null,
        string tier = "Bronze")
    {
        var member = (await MemberRows.InsertAsync(_service.Database(), [new MemberRow { Name = name, Tier = tier }]))[0];
        await using var connection = await _service.Database().OpenAsync();
        await connection.ExecuteAsync(
            "UPDATE members SET last_name = @lastName, email = @email, phone = @phone, external_id = @externalId WHERE id = @Id",
            new { lastName, email, phone, externalId, member.Id });
        return member;
    }

    [Fact]
    public async Task AMemberIsFoundByNameEmailPhoneNumberCardCodeAndExternalId()
    {
        var ana = await InsertAsync("Ana", "Nowak", "Ana.Nowak@Example.com", "+48 601-234 567", "PLASTIC-0042");
        await InsertAsync("Ben", "Ortiz", "ben@example.org", "+49 151 0000000", "PLASTIC-0043");
        var codes = (await _service.QueryAsync<(string Number, string Code)>(
            "SELECT member_number, member_code FROM members WHERE id = @Id", ana)).Single();

        foreach (var q in new[] { "ana", "NOWAK", "ana nowak", "nowak@example.COM", "601 234", "+48601234567", "(601) 234-567",
                     codes.Number, codes.Number[..4] + " " + codes.Number[4..], codes.Code.ToLowerInvariant(), "plastic-0042" })
        {
            Assert.True((await IdsFoundAsync(q)).SequenceEqual([ana.Id]), $"'{q}' finds Ana alone");
        }
        Assert.Empty(await IdsFoundAsync("%"));
        Assert.Empty(await IdsFoundAsync("_"));
        Assert.Empty(await IdsFoundAsync("PLASTIC-004"));
        Assert.Equal(2, (await IdsFoundAsync("example")).Count);
    }

    [Fact]
    public async Task TheTierFiltersAndPagesOfFiftyCountTheWholeMatch()
    {
        var silver = new List<long>();
        for (var i = 0; i < 55; i++)
        {
            silver.Add((await InsertAsync($"Page {i}", tier: "Silver")).Id);
        }
        await InsertAsync("Gold one", tier: "Gold");

        var (first, page1) = await SearchAsync("?tier=Silver");
        var (_, page2) = await SearchAsync("?tier=Silver&page=2");
        var (_, page3) = await SearchAsync("?tier=Silver&page=3");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(55, page1.GetProperty("total").GetInt64());
        Assert.Equal(1, page1.GetProperty("page").GetInt32());
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        var listed = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(50, page1.GetProperty("items").GetArrayLength());
        Assert.Equal(silver, listed);
        Assert.Equal(0, page3.GetProperty("items").GetArrayLength());
        Assert.Equal(55, page3.GetProperty("total").GetInt64());
        var (_, gold) = await SearchAsync("?tier=Gold&q=one");
        Assert.Equal("Gold", gold.GetProperty("items")[0].GetProperty("tier").GetString());
        Assert.Equal(1, gold.GetProperty("total").GetInt64());
        Assert.Equal(0, (await SearchAsync("?tier=Gold&q=Page")).Body.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task AnUnknownTierOrPageIsAValidationProblem()
    {
        foreach (var query in new[] { "?tier=Diamond", "?page=0", "?q=" + new string('a', 101) })
        {
            var (response, problem) = await SearchAsync(query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("https://walletloyalty.dev/problems/invalid", problem.GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task AnErasedMemberIsNotListed()
    {
        var member = await InsertAsync("Erin", "Gone", "erin@example.com");
        Assert.Equal([member.Id], await IdsFoundAsync("erin"));

        using var erased = await _marketer.SendDeleteAsync($"/api/v1/programs/demo/members/{member.Id}");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Empty(await IdsFoundAsync("erin"));
        Assert.Empty(await IdsFoundAsync("Gone"));
    }
}
