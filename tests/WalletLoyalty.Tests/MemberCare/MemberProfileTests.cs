using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.MemberCare;

/// <summary>What staff see of a member, and how they correct the profile and the marketing consent.</summary>
[Trait("Category", "Database")]
public sealed class MemberProfileTests : IAsyncLifetime
{
    private const string Problems = "https://walletloyalty.dev/problems/";
    private CareRig _rig = null!;

    public async Task InitializeAsync() => _rig = await CareRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private async Task<(HttpResponseMessage Response, JsonElement Body)> PatchAsync(long memberId, object body)
    {
        var response = await _rig.Marketer.PatchAsync(CareRig.PathOf(memberId), body);
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task TheProfileShowsBalanceTierPassesDevicesCouponsAndAPageOfTheLedger()
    {
        var member = await _rig.JoinAsync("Alex Doe");
        await _rig.Till.EarnAsync(member.Code, 60000, "R-1");
        await _rig.Till.EarnAsync(member.Code, 1000, "R-2");
        await _rig.Marketer.PostJsonAsync(CareRig.PathOf(member.Id, "/coupons"), new { title = "€5 off" });

        var details = await _rig.DetailsAsync(member.Id);

        Assert.Equal(member.Id, details.GetProperty("id").GetInt64());
        Assert.Equal(612, details.GetProperty("points").GetInt64()); // 600, then €10 at Silver's 1.25 points per euro
        Assert.Equal("Silver", details.GetProperty("tier").GetString());
        var profile = details.GetProperty("profile");
        Assert.Equal("Alex Doe", profile.GetProperty("displayName").GetString());
        Assert.Equal("Alex", profile.GetProperty("firstName").GetString());
        Assert.False(profile.GetProperty("marketingConsent").GetBoolean());
        var card = details.GetProperty("passes").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "storeCard");
        Assert.Equal(member.Card.SerialNumber, card.GetProperty("serialNumber").GetString());
        Assert.False(card.GetProperty("voided").GetBoolean());
        var device = card.GetProperty("appleDevices").EnumerateArray().Single();
        Assert.Equal(member.Phone.DeviceLibraryIdentifier, device.GetProperty("deviceLibraryIdentifier").GetString());
        Assert.Equal(JsonValueKind.Null, device.GetProperty("pushToken").ValueKind);
        Assert.Equal(member.GoogleObjectId, card.GetProperty("google").GetProperty("objectId").GetString());
        Assert.Equal("€5 off", details.GetProperty("coupons").EnumerateArray().Single().GetProperty("title").GetString());
        var ledger = details.GetProperty("ledger");
        Assert.Equal(2, ledger.GetProperty("total").GetInt64());
        Assert.Equal(["R-2", "R-1"], ledger.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("receiptId").GetString()));
        Assert.All(ledger.GetProperty("entries").EnumerateArray(), e => Assert.Equal("earn", e.GetProperty("kind").GetString()));
        Assert.Equal(600, ledger.GetProperty("entries")[1].GetProperty("points").GetInt64());
    }

    [Fact]
    public async Task TheLedgerComesFiftyEntriesAPageNewestFirst()
    {
        var member = await _rig.JoinAsync();
        await using (var connection = await _rig.Service.Database().OpenAsync())
        {
            for (var i = 1; i <= 53; i++)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO ledger_entries (program_id, member_id, kind, points, balance_after, receipt_id, store_id, occurred_at)
                    VALUES ('demo', @Id, 'earn', 1, @i, @receipt, 'maple-street', @now)
                    """,
                    new { member.Id, i, receipt = $"R-{i}", now = DateTimeOffset.UtcNow });
            }
        }

        var first = (await _rig.DetailsAsync(member.Id)).GetProperty("ledger");
        var second = (await _rig.DetailsAsync(member.Id, "?ledgerPage=2")).GetProperty("ledger");

        Assert.Equal(53, first.GetProperty("total").GetInt64());
        Assert.Equal(50, first.GetProperty("entries").GetArrayLength());
        Assert.Equal("R-53", first.GetProperty("entries")[0].GetProperty("receiptId").GetString());
        Assert.Equal(["R-3", "R-2", "R-1"], second.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("receiptId").GetString()));
        Assert.Equal(2, second.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task APatchSetsTheProfileAndAConsentChangeIsRecordedWithTheKey()
    {
        var member = await _rig.JoinAsync();

        var (updated, profile) = await PatchAsync(member.Id, new
        {
            lastName = " Nowak ", email = "alex@example.com", phone = "+49 151 2345678", birthday = "1990-05-17", externalId = "PLASTIC-1", marketingConsent = true,
        });
        var (withdrawn, _) = await PatchAsync(member.Id, new { marketingConsent = false });
        var (same, _) = await PatchAsync(member.Id, new { marketingConsent = false });
        var (cleared, afterClear) = await PatchAsync(member.Id, new { email = "" });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Nowak", profile.GetProperty("lastName").GetString());
        Assert.Equal("+49 151 2345678", profile.GetProperty("phone").GetString());
        Assert.Equal("1990-05-17", profile.GetProperty("birthday").GetString());
        Assert.Equal("PLASTIC-1", profile.GetProperty("externalId").GetString());
        Assert.True(profile.GetProperty("marketingConsent").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(JsonValueKind.Null, afterClear.GetProperty("email").ValueKind);
        Assert.Equal("Nowak", afterClear.GetProperty("lastName").GetString());
        // Joining answered the consent question (unticked); the staff's changes follow it.
        var consents = (await _rig.DetailsAsync(member.Id)).GetProperty("consents").EnumerateArray()
            .Where(c => c.GetProperty("channel").GetString() != "join").ToList();
        Assert.Equal([true, false], consents.Select(c => c.GetProperty("granted").GetBoolean()));
        Assert.All(consents, c => Assert.Equal("staff", c.GetProperty("channel").GetString()));
        var keyId = (await _rig.Service.QueryAsync<long>("SELECT id FROM api_keys WHERE role = 'marketer'")).Single();
        Assert.All(consents, c => Assert.Equal(keyId, c.GetProperty("apiKeyId").GetInt64()));
        Assert.Equal(4, await _rig.Service.CountAsync("SELECT COUNT(*) FROM audit_events WHERE action = 'member.updated'"));
    }

    [Fact]
    public async Task BadValuesAreAValidationProblemAndChangeNothing()
    {
        var member = await _rig.JoinAsync();
        var other = await _rig.JoinAsync("Sam");
        await PatchAsync(other.Id, new { externalId = "PLASTIC-7" });

        var (invalid, problem) = await PatchAsync(member.Id, new { email = "not-an-email", phone = "call me", birthday = "2999-01-01", lastName = "\u0001", marketingConsent = true });
        var (taken, takenProblem) = await PatchAsync(member.Id, new { externalId = "PLASTIC-7" });
        var (missing, missingProblem) = await PatchAsync(999_999, new { lastName = "Nobody" });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(Problems + "invalid", problem.GetProperty("type").GetString());
        Assert.Equal(["birthday", "email", "lastName", "phone"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(Problems + "external-id-taken", takenProblem.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(Problems + "not-found", missingProblem.GetProperty("type").GetString());
        var profile = (await _rig.DetailsAsync(member.Id)).GetProperty("profile");
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("externalId").ValueKind);
        Assert.False(profile.GetProperty("marketingConsent").GetBoolean());
        Assert.Equal(0, await _rig.Service.CountAsync("SELECT COUNT(*) FROM member_consents WHERE member_id = @Id AND channel <> 'join'", member));
    }
}
