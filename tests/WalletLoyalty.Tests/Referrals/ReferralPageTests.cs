using System.Net;
using System.Text.RegularExpressions;
using WalletLoyalty.Server.Flyers;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Referrals;

/// <summary>The referral link on the back of the card opens the member's page: their join link with their code, and its QR code, in their language.</summary>
[Trait("Category", "Database")]
public sealed partial class ReferralPageTests : IAsyncLifetime
{
    private ReferralRig _rig = null!;

    public async Task InitializeAsync() => _rig = await ReferralRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task TheBackOfTheCardLinksToAPageWithTheJoinLinkAndItsQrCode()
    {
        var member = await _rig.JoinAsync("Alex");
        Assert.Equal("Invite a friend", member.Card.Field("referral").GetProperty("label").GetString());
        Assert.Equal("Freunde einladen", member.Card.Strings("de")["Invite a friend"]);

        var (page, link) = await _rig.InvitationAsync(member.Card);

        var code = Assert.Single(await _rig.Service.QueryAsync<string>("SELECT code FROM referral_codes WHERE member_id = @id", new { id = member.MemberId }));
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{10}$", code);
        Assert.Equal("/join/demo?ref=" + code, link.PathAndQuery);
        Assert.Equal(_rig.Service.BaseAddress.Authority, link.Authority);
        Assert.Equal(FlyerQrCode.Svg(link.AbsoluteUri, 8), QrCodeOf(page));
        Assert.Contains("at least 10.00 EUR, you get 50 points and your friend gets 50 points", page, StringComparison.Ordinal);
        Assert.Contains("Friends who have earned you points so far: 0 of 10", page, StringComparison.Ordinal);
        Assert.Equal(link, (await _rig.InvitationAsync(member.Card)).JoinLink);
    }

    [Fact]
    public async Task ThePageSpeaksTheShoppersLanguage()
    {
        var member = await _rig.JoinAsync("Alex");

        var (page, _) = await _rig.InvitationAsync(member.Card, "de");

        Assert.Contains("<h1>Freunde einladen</h1>", page, StringComparison.Ordinal);
        Assert.Contains("mindestens 10,00 EUR", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLandingPageOfAReferralLinkCarriesTheCodeToBothWalletButtonsAndItsQrCode()
    {
        var member = await _rig.JoinAsync("Alex");
        var code = await _rig.ReferralCodeAsync(member.Card);

        var html = await _rig.Service.Client.GetStringAsync("/join/demo?ref=" + code.ToLowerInvariant());

        Assert.Contains("&ref=" + code, await Shoppers.WalletLinkAsync(_rig.Service.Client, "/join/demo?ref=" + code.ToLowerInvariant()), StringComparison.Ordinal);
        Assert.Equal(FlyerQrCode.Svg(new Uri(_rig.Service.BaseAddress, "/join/demo?ref=" + code).AbsoluteUri, 6), QrCodeOf(html));
    }

    [Fact]
    public async Task ALinkWithAnotherCardsKeyIsRefused()
    {
        var alex = await _rig.JoinAsync("Alex");
        var sam = await _rig.JoinAsync("Sam");
        var alexPath = new Uri(alex.Card.Field("referral").GetProperty("value").GetString()!).AbsolutePath;
        var samKey = new Uri(sam.Card.Field("referral").GetProperty("value").GetString()!).Segments[^1];

        using var response = await _rig.Service.Client.GetAsync(alexPath[..(alexPath.LastIndexOf('/') + 1)] + samKey);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await _rig.Service.CountAsync("SELECT COUNT(*) FROM referral_codes"));
    }

    /// <summary>The SVG of the page's QR code image (a data URL, HTML-encoded in the attribute).</summary>
    private static string QrCodeOf(string html)
    {
        var source = WebUtility.HtmlDecode(QrImage().Match(html).Groups[1].Value);
        const string prefix = "data:image/svg+xml;base64,";
        Assert.StartsWith(prefix, source, StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(source[prefix.Length..]));
    }

    [GeneratedRegex("<img [^>]*class=\"qr\" src=\"([^\"]+)\"")]
    private static partial Regex QrImage();
}
