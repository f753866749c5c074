using System.Net;
using System.Text.Json;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Till;

/// <summary>A customer whose phone is flat is found by the phone number they read out, matched on its digits.</summary>
[Trait("Category", "Database")]
public sealed class TillPhoneLookupTests : IAsyncLifetime
{
    private ServiceHost _service = null!;
    private TillClient _cashier = null!;
    private IReadOnlyList<InsertedMember> _members = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync(settings => CampaignTemplates.Use(settings, secondProgram: true));
        _cashier = await TillClient.WithNewKeyAsync(_service, "cashier", storeId: "maple-street", programId: "demo");
        _members = await MemberRows.InsertAsync(_service.Database(),
        [
            new MemberRow { Name = "Kim Berlin", Points = 240, Phone = "+49 171 2345678" },
            new MemberRow { Name = "Lee Local", Phone = "0152-9876543" },
            new MemberRow { Name = "Other Shop", Phone = "+49 171 2345678" },
            new MemberRow { Name = "No Phone" },
        ]);
        await using var connection = await _service.Database().OpenAsync();
        await connection.ExecuteAsync("UPDATE members SET program_id = 'other' WHERE id = @Id", new { _members[2].Id });
    }

    public async Task DisposeAsync()
    {
        _cashier.Dispose();
        await _service.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> FindAsync(string phone)
    {
        using var response = await _cashier.GetAsync("/api/v1/till/members?phone=" + Uri.EscapeDataString(phone));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Theory]
    [InlineData("+49 171 2345678")]
    [InlineData("0171 2345678")]
    [InlineData("0049 (171) 234-5678")]
    [InlineData("1712345678")]
    public async Task TheNumberIsFoundHoweverItIsWrittenAndOnlyInTheCashiersProgram(string typed)
    {
        var (status, body) = await FindAsync(typed);

        Assert.Equal(HttpStatusCode.OK, status);
        var match = Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal("Kim Berlin", match.GetProperty("name").GetString());
        Assert.Equal(240, match.GetProperty("points").GetInt64());
        Assert.Equal("678", match.GetProperty("phoneEnding").GetString());
        Assert.False(body.GetProperty("tooMany").GetBoolean());
        var number = Assert.Single(await _service.QueryAsync<string>("SELECT member_number FROM members WHERE id = @Id", new { _members[0].Id }));
        Assert.Equal(number, match.GetProperty("number").GetString()!.Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStoredNationalNumberIsFoundFromTheInternationalOne()
    {
        var (_, body) = await FindAsync("+49 152 9876543");

        Assert.Equal("Lee Local", Assert.Single(body.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task AnUnknownNumberFindsNobody()
    {
        var (status, body) = await FindAsync("0160 1111111");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(body.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("00012 34")]
    [InlineData("call me")]
    public async Task TooFewDigitsAreRefusedAsProblemDetails(string typed)
    {
        var (status, body) = await FindAsync(typed);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.EndsWith("/invalid", body.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.True(body.GetProperty("errors").TryGetProperty("phone", out _));
    }
}
