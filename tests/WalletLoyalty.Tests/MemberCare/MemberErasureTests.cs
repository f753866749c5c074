using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WalletLoyalty.MemberCare;
using WalletLoyalty.Retention;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.MemberCare;

/// <summary>A member asks to be forgotten: the personal data goes, the cards die on the phone, the anonymous ledger stays.</summary>
[Trait("Category", "Database")]
public sealed class MemberErasureTests : IAsyncLifetime
{
    private const string Problems = "https://walletloyalty.dev/problems/";
    private CareRig _rig = null!;

    public async Task InitializeAsync() => _rig = await CareRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private async Task<CaredMember> JoinWithProfileAsync()
    {
        var member = await _rig.JoinAsync("Erin");
        using var patched = await _rig.Marketer.PatchAsync(CareRig.PathOf(member.Id), new
        {
            lastName = "Gone", email = "erin@example.com", phone = "+49 151 7654321", birthday = "1985-02-03", externalId = "PLASTIC-9", marketingConsent = true,
        });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        await _rig.Till.EarnAsync(member.Code, 60000, "R-erin");
        await using var connection = await _rig.Service.Database().OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO app_devices (member_id, fcm_token, platform, created_at, updated_at) VALUES (@Id, @token, 'android', @now, @now)",
            new { member.Id, token = "fcm-erin-" + member.Id, now = DateTimeOffset.UtcNow });
        return member;
    }

    private Task<long> AudienceAsync() => _rig.Marketer.PostJsonAsync("/api/v1/campaigns/audience-count", new { programId = "demo", audience = new { } })
        .ContinueWith(t => t.Result.Body.GetProperty("count").GetInt64(), TaskScheduler.Default);

    private Task<long> RegistrationsAsync(CaredMember member) => _rig.Service.CountAsync(
        "SELECT COUNT(*) FROM apple_devices WHERE push_token = @PushToken", member.Phone);

    [Fact]
    public async Task TheExportHoldsProfileConsentsLedgerCouponsPassesDevicesAndMessages()
    {
        var member = await JoinWithProfileAsync();
        await _rig.Marketer.PostJsonAsync(CareRig.PathOf(member.Id, "/adjustments"), new { points = -100, reason = "Wrong receipt" }, Guid.NewGuid().ToString());
        await _rig.Marketer.PostJsonAsync(CareRig.PathOf(member.Id, "/coupons"), new { title = "Birthday cake" });
        await _rig.Marketer.PostJsonAsync(CareRig.PathOf(member.Id, "/messages"), new { title = "Hello Erin", body = "Your cake is waiting" });

        using var response = await _rig.Marketer.GetAsync(CareRig.PathOf(member.Id, "/export"));
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var profile = export.GetProperty("profile");
        Assert.Equal("erin@example.com", profile.GetProperty("email").GetString());
        Assert.Equal("+49 151 7654321", profile.GetProperty("phone").GetString());
        Assert.Equal("1985-02-03", profile.GetProperty("birthday").GetString());
        Assert.Equal("PLASTIC-9", profile.GetProperty("externalId").GetString());
        Assert.Equal(500, profile.GetProperty("points").GetInt64());
        Assert.Equal([("join", false), ("staff", true)], export.GetProperty("consents").EnumerateArray()
            .Select(c => (c.GetProperty("channel").GetString(), c.GetProperty("granted").GetBoolean())).OrderBy(c => c.Item1));
        Assert.Equal(["adjust", "earn"], export.GetProperty("ledger").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("Wrong receipt", export.GetProperty("ledger")[0].GetProperty("reason").GetString());
        Assert.Equal("Birthday cake", export.GetProperty("coupons")[0].GetProperty("title").GetString());
        var card = export.GetProperty("passes").EnumerateArray().Single(p => p.GetProperty("serialNumber").GetString() == member.Card.SerialNumber);
        Assert.Equal(member.Phone.PushToken, card.GetProperty("appleDevices")[0].GetProperty("pushToken").GetString());
        Assert.Equal(member.GoogleObjectId, card.GetProperty("google").GetProperty("objectId").GetString());
        Assert.Equal("fcm-erin-" + member.Id, export.GetProperty("appDevices")[0].GetProperty("fcmToken").GetString());
        var messages = export.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["fcm", "google-message"], messages.Select(m => m.GetProperty("channel").GetString()).Order());
        Assert.All(messages, m => Assert.Contains("Your cake is waiting", m.GetProperty("payload").GetString(), StringComparison.Ordinal));
        Assert.Equal(1, await _rig.Service.CountAsync("SELECT COUNT(*) FROM audit_events WHERE action = 'member.exported'"));
    }

    [Fact]
    public async Task ErasingVoidsTheCardOnThePhoneForgetsItsTokenOnceFetchedAndKeepsTheAnonymousLedger()
    {
        var member = await JoinWithProfileAsync();
        var (_, coupon) = await _rig.Marketer.PostJsonAsync(CareRig.PathOf(member.Id, "/coupons"), new { title = "€5 off" });
        var ledger = await _rig.Service.QueryAsync<(long Count, long Sum)>("SELECT COUNT(*), SUM(points) FROM ledger_entries WHERE program_id = 'demo'");
        var audience = await AudienceAsync();

        var pushes = _rig.PushesTo(member);
        using var erased = await _rig.Marketer.SendDeleteAsync(CareRig.PathOf(member.Id));
        using var again = await _rig.Marketer.SendDeleteAsync(CareRig.PathOf(member.Id));

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        await Eventually.TrueAsync(() => _rig.PhoneWasPushedAsync(member, pushes + 1), "the phone is pushed");
        Assert.Equal(1, await RegistrationsAsync(member));
        Assert.Equal([member.Card.SerialNumber], await member.Phone.UpdatedSerialsAsync());
        var onPhone = await CareRig.FetchAsync(member);
        Assert.True(onPhone.PassJson.GetProperty("voided").GetBoolean());
        Assert.Equal(0, await RegistrationsAsync(member));
        Assert.Equal(0, await _rig.Service.CountAsync(
            "SELECT COUNT(*) FROM apple_registrations WHERE device_library_identifier = @DeviceLibraryIdentifier", member.Phone));
        await Eventually.TrueAsync(() => Task.FromResult(
            _rig.Google.Wallet.Stored("loyaltyObject", member.GoogleObjectId)?["state"]?.GetValue<string>() == "INACTIVE"), "the Google object is inactive", TimeSpan.FromSeconds(60));

        var row = (await _rig.Service.QueryAsync<(string DisplayName, string? FirstName, string? LastName, string? Email, string? Phone, string? Birthday, string? ExternalId)>(
            "SELECT display_name, first_name, last_name, email, phone, birthday, external_id FROM members WHERE id = @Id", member)).Single();
        Assert.Equal(("Member", null, null, null, null, null, null), row);
        Assert.Equal(0, await _rig.Service.CountAsync("SELECT COUNT(*) FROM app_devices WHERE member_id = @Id", member));
        Assert.Equal(ledger, await _rig.Service.QueryAsync<(long Count, long Sum)>("SELECT COUNT(*), SUM(points) FROM ledger_entries WHERE program_id = 'demo'"));
        Assert.Equal("void", (await _rig.Service.QueryAsync<string>("SELECT status FROM coupons WHERE id = @id", new { id = coupon.GetProperty("id").GetInt64() })).Single());
        Assert.Equal(audience - 1, await AudienceAsync());
        Assert.Equal(1, await _rig.Service.CountAsync("SELECT COUNT(*) FROM audit_events WHERE action = 'member.erased'"));

        var details = await _rig.DetailsAsync(member.Id);
        Assert.NotEqual(JsonValueKind.Null, details.GetProperty("profile").GetProperty("erasedAt").ValueKind);
        Assert.Equal(600, details.GetProperty("points").GetInt64());
        using var scanned = await _rig.Till.GetAsync("/api/v1/till/cards/" + member.Code);
        var scanProblem = await scanned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Conflict, scanned.StatusCode);
        Assert.Equal(Problems + "card-voided", scanProblem.GetProperty("type").GetString());
        Assert.Contains("erased", scanProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var patched = await _rig.Marketer.PatchAsync(CareRig.PathOf(member.Id), new { email = "back@example.com" });
        Assert.Equal(HttpStatusCode.Conflict, patched.StatusCode);
        Assert.Equal(Problems + "member-erased", (await patched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        var (adjusted, adjustProblem) = await _rig.Marketer.PostJsonAsync(CareRig.PathOf(member.Id, "/adjustments"), new { points = 5, reason = "x" }, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Conflict, adjusted.StatusCode);
        Assert.Equal(Problems + "member-erased", adjustProblem.GetProperty("type").GetString());
        using var missing = await _rig.Marketer.SendDeleteAsync(CareRig.PathOf(999_999));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ABrowserThatRemembersAnErasedCardJoinsAfreshInsteadOfGettingTheVoidedCard()
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = _rig.Service.BaseAddress };
        var first = await new AppleDevice(browser).AddFromLandingPageAsync("/join/demo", "Robin");
        var memberId = (await _rig.Till.CardAsync(first.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!))
            .GetProperty("member").GetProperty("id").GetInt64();
        using var erased = await _rig.Marketer.SendDeleteAsync(CareRig.PathOf(memberId));

        var second = await new AppleDevice(browser).AddFromLandingPageAsync("/join/demo", "Robin");

        Assert.NotEqual(first.SerialNumber, second.SerialNumber);
        Assert.False(second.PassJson.TryGetProperty("voided", out _));
    }

    [Fact]
    public async Task APhoneThatNeverFetchesTheVoidLosesItsTokenAfterTheConfiguredDays()
    {
        var member = await _rig.JoinAsync("Never");
        using var erased = await _rig.Marketer.SendDeleteAsync(CareRig.PathOf(member.Id));
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        RetentionSweep SweepAt(DateTimeOffset now) => new(_rig.Service.Database(), Options.Create(new RetentionOptions()),
            Options.Create(new MemberCareOptions { ErasedDeviceTokenDays = 30 }), _rig.Service.Services.GetRequiredService<MemberErasure>(), new FixedTimeProvider(now));

        var early = await SweepAt(DateTimeOffset.UtcNow.AddDays(29)).RunAsync(CancellationToken.None);
        Assert.Equal(0, early.ErasedMemberDevices);
        Assert.Equal(1, await RegistrationsAsync(member));

        var late = await SweepAt(DateTimeOffset.UtcNow.AddDays(31)).RunAsync(CancellationToken.None);
        Assert.Equal(1, late.ErasedMemberDevices);
        Assert.Equal(0, await RegistrationsAsync(member));
    }
}
