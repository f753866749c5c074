using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Referrals;

/// <summary>A member cannot refer themselves: their join cookie, e-mail, phone or Wallet device again joins without a referrer, and the reason is kept.</summary>
[Trait("Category", "Database")]
public sealed class SelfReferralTests : IAsyncLifetime
{
    private ReferralRig _rig = null!;

    public async Task InitializeAsync() => _rig = await ReferralRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private async Task AFirstPurchasePaysNoReferralAsync(Shopper friend)
    {
        var (response, body) = await _rig.Till.EarnAsync(friend.Code, 5000, "R-" + friend.MemberId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(50, body.GetProperty("balance").GetInt64());
        Assert.Empty(await _rig.ReferralEntriesAsync());
    }

    [Fact]
    public async Task TheSameEmailInAnotherCaseJoinsWithoutAReferrer()
    {
        var referrer = await _rig.JoinAsync("Alex", email: "alex@example.com");

        var friend = await _rig.JoinAsync("Alex", await _rig.ReferralCodeAsync(referrer.Card), email: " Alex@Example.COM ");

        Assert.Equal([((long?)referrer.MemberId, (string?)"same-email")], await _rig.ReferralOfAsync(friend.MemberId));
        await AFirstPurchasePaysNoReferralAsync(friend);
    }

    [Fact]
    public async Task TheSamePhoneWrittenAnotherWayJoinsWithoutAReferrer()
    {
        var referrer = await _rig.JoinAsync("Alex", phone: "+49 171 2345678");

        var friend = await _rig.JoinAsync("Kim", await _rig.ReferralCodeAsync(referrer.Card), phone: "0049 (171) 234-5678");

        Assert.Equal([((long?)referrer.MemberId, (string?)"same-phone")], await _rig.ReferralOfAsync(friend.MemberId));
        await AFirstPurchasePaysNoReferralAsync(friend);
    }

    [Fact]
    public async Task TheReferrersOwnPhoneTappingTheirLinkGetsTheirOwnCardBack()
    {
        var referrer = await _rig.JoinAsync("Alex");

        var again = await _rig.JoinAsync("Alex", await _rig.ReferralCodeAsync(referrer.Card), cookie: referrer.Cookie);

        Assert.Equal(referrer.MemberId, again.MemberId);
        Assert.Equal(0, await _rig.Service.CountAsync("SELECT COUNT(*) FROM referrals"));
    }

    [Fact]
    public async Task TheReferrersJoinCookieNamingTheirVoidedCardJoinsWithoutAReferrer()
    {
        var referrer = await _rig.JoinAsync("Alex");
        var code = await _rig.ReferralCodeAsync(referrer.Card);
        using var voided = await _rig.Marketer.PostAsync($"/api/v1/programs/demo/members/{referrer.MemberId}/cards/void", new { });
        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);

        var friend = await _rig.JoinAsync("Alex", code, cookie: referrer.Cookie);

        Assert.NotEqual(referrer.MemberId, friend.MemberId);
        Assert.Equal([((long?)referrer.MemberId, (string?)"same-join-cookie")], await _rig.ReferralOfAsync(friend.MemberId));
    }

    [Fact]
    public async Task AFriendsCardOnAWalletThatHoldsTheReferrersCardPaysNoReferralAndSaysWhy()
    {
        var referrer = await _rig.JoinAsync("Alex");
        var friend = await _rig.JoinAsync("Sam", await _rig.ReferralCodeAsync(referrer.Card));
        var phone = new AppleDevice(_rig.Service.Client);
        Assert.Equal(HttpStatusCode.Created, (await phone.RegisterAsync(referrer.Card)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await phone.RegisterAsync(friend.Card)).StatusCode);

        await AFirstPurchasePaysNoReferralAsync(friend);

        Assert.Equal([((long?)referrer.MemberId, (string?)"same-wallet-device")], await _rig.ReferralOfAsync(friend.MemberId));
    }

    [Fact]
    public async Task AFriendOnAWalletOfTheirOwnIsPaid()
    {
        var referrer = await _rig.JoinAsync("Alex", email: "alex@example.com", phone: "+49 171 2345678");
        var friend = await _rig.JoinAsync("Sam", await _rig.ReferralCodeAsync(referrer.Card), email: "sam@example.com", phone: "+49 171 7654321");
        Assert.Equal(HttpStatusCode.Created, (await new AppleDevice(_rig.Service.Client).RegisterAsync(referrer.Card)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await new AppleDevice(_rig.Service.Client).RegisterAsync(friend.Card)).StatusCode);

        var (_, body) = await _rig.Till.EarnAsync(friend.Code, 5000, "R-1");

        Assert.Equal(100, body.GetProperty("balance").GetInt64());
        Assert.Equal([((long?)referrer.MemberId, (string?)null)], await _rig.ReferralOfAsync(friend.MemberId));
    }

    [Fact]
    public async Task AnUnknownCodeJoinsWithoutAReferrerAndIsKeptForSupport()
    {
        var friend = await _rig.JoinAsync("Sam", "zzzzzzzzzz");

        Assert.Equal([((long?)null, (string?)"unknown-code")], await _rig.ReferralOfAsync(friend.MemberId));
        Assert.Equal(["ZZZZZZZZZZ"], await _rig.Service.QueryAsync<string>("SELECT code FROM referrals"));
        await AFirstPurchasePaysNoReferralAsync(friend);
    }

    [Fact]
    public async Task AMalformedCodeIsDroppedAtTheLandingPage()
    {
        var link = await Shoppers.WalletLinkAsync(_rig.Service.Client, "/join/demo?ref=%3Cscript%3E", "apple", "Sam");
        Assert.DoesNotContain("ref=", link, StringComparison.Ordinal);

        await _rig.JoinAsync("Sam", "ABC");

        Assert.Equal(0, await _rig.Service.CountAsync("SELECT COUNT(*) FROM referrals"));
    }
}
