using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.MemberCare;

/// <summary>A lost card is voided on the phone and in Google Wallet and refused at the till; a reissued card takes over the balance.</summary>
[Trait("Category", "Database")]
public sealed class MemberCardTests : IAsyncLifetime
{
    private const string Problems = "https://walletloyalty.dev/problems/";
    private CareRig _rig = null!;

    public async Task InitializeAsync() => _rig = await CareRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private static string BarcodeOf(PkPassFile pass) => pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!;

    [Fact]
    public async Task AVoidedCardShowsVoidedOnThePhoneInactiveInGoogleAndTheTillRefusesIt()
    {
        var member = await _rig.JoinAsync();
        await _rig.Till.EarnAsync(member.Code, 10000, "R-before");

        var pushes = _rig.PushesTo(member);
        var (voided, body) = await _rig.Marketer.PostJsonAsync(CareRig.PathOf(member.Id, "/cards/void"), new { });
        var (again, repeat) = await _rig.Marketer.PostJsonAsync(CareRig.PathOf(member.Id, "/cards/void"), new { });

        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        Assert.Equal([member.Card.SerialNumber], body.GetProperty("voidedSerials").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0, repeat.GetProperty("voidedSerials").GetArrayLength());
        Assert.Equal(body.GetProperty("cardVoidedAt").GetString(), repeat.GetProperty("cardVoidedAt").GetString());
        await Eventually.TrueAsync(() => _rig.PhoneWasPushedAsync(member, pushes + 1), "the phone is pushed");
        Assert.Equal([member.Card.SerialNumber], await member.Phone.UpdatedSerialsAsync());
        var onPhone = await CareRig.FetchAsync(member);
        Assert.True(onPhone.PassJson.GetProperty("voided").GetBoolean());
        Assert.Equal(member.Code, BarcodeOf(onPhone));
        await Eventually.TrueAsync(() => Task.FromResult(
            _rig.Google.Wallet.Stored("loyaltyObject", member.GoogleObjectId)?["state"]?.GetValue<string>() == "INACTIVE"), "the Google object is inactive", TimeSpan.FromSeconds(60));
        using var scanned = await _rig.Till.GetAsync("/api/v1/till/cards/" + member.Code);
        var scanProblem = await scanned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Conflict, scanned.StatusCode);
        Assert.Equal(Problems + "card-voided", scanProblem.GetProperty("type").GetString());
        var (earn, earnProblem) = await _rig.Till.EarnAsync(member.Code, 5000, "R-after");
        Assert.Equal(HttpStatusCode.Conflict, earn.StatusCode);
        Assert.Equal(Problems + "card-voided", earnProblem.GetProperty("type").GetString());
        Assert.Equal(1, await _rig.Service.CountAsync("SELECT COUNT(*) FROM audit_events WHERE action = 'card.voided'"));
    }

    [Fact]
    public async Task AReissuedCardHasNewCodesAndTheBalanceWhileTheOldOneIsVoidedWithItsOwnCodes()
    {
        var member = await _rig.JoinAsync();
        await _rig.Till.EarnAsync(member.Code, 60000, "R-1");

        var pushes = _rig.PushesTo(member);
        var (reissued, card) = await _rig.Marketer.PostJsonAsync(CareRig.PathOf(member.Id, "/cards/reissue"), new { });

        Assert.Equal(HttpStatusCode.OK, reissued.StatusCode);
        var serial = card.GetProperty("serialNumber").GetString();
        Assert.NotEqual(member.Card.SerialNumber, serial);
        Assert.Equal([member.Card.SerialNumber], card.GetProperty("voidedSerials").EnumerateArray().Select(s => s.GetString()));
        await Eventually.TrueAsync(() => _rig.PhoneWasPushedAsync(member, pushes + 1), "the old card's phone is pushed");
        var oldCard = await CareRig.FetchAsync(member);
        Assert.True(oldCard.PassJson.GetProperty("voided").GetBoolean());
        Assert.Equal(member.Code, BarcodeOf(oldCard));
        using (var old = await _rig.Till.GetAsync("/api/v1/till/cards/" + member.Code))
        {
            Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        }

        var link = new Uri(card.GetProperty("joinLink").GetString()!);
        Assert.StartsWith("/join/demo/card/", link.AbsolutePath, StringComparison.Ordinal);
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = _rig.Service.BaseAddress };
        var newCard = await new AppleDevice(browser).AddFromLandingPageAsync(link.PathAndQuery);

        Assert.Equal(serial, newCard.SerialNumber);
        Assert.False(newCard.PassJson.TryGetProperty("voided", out _));
        Assert.NotEqual(member.Code, BarcodeOf(newCard));
        Assert.Equal(600, newCard.Field("points").GetProperty("value").GetInt64());
        var scanned = await _rig.Till.CardAsync(BarcodeOf(newCard));
        Assert.Equal(member.Id, scanned.GetProperty("member").GetProperty("id").GetInt64());
        Assert.Equal(600, scanned.GetProperty("member").GetProperty("points").GetInt64());
        var (earn, _) = await _rig.Till.EarnAsync(BarcodeOf(newCard), 1000, "R-2");
        Assert.Equal(HttpStatusCode.OK, earn.StatusCode);
    }

    [Fact]
    public async Task AnUnknownMemberIsNotFound()
    {
        var (response, problem) = await _rig.Marketer.PostJsonAsync(CareRig.PathOf(999_999, "/cards/void"), new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(Problems + "not-found", problem.GetProperty("type").GetString());
    }
}
