using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Join;

/// <summary>The landing page's optional details and consent question, as the Apple Wallet link carries them.</summary>
[Trait("Category", "Database")]
public sealed class JoinDetailsTests : IAsyncLifetime
{
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task<string> LinkAsync(string details, bool consent = false) =>
        await Shoppers.WalletLinkAsync(_service.Client, "/join/demo", "apple", "Alex", marketingConsent: consent) + details;

    [Fact]
    public async Task AShopperWhoGivesTheirDetailsAndTicksTheBoxIsStoredWithTheConsentAndTheVersionOfItsText()
    {
        var link = await LinkAsync("&email=alex%40example.com&phone=%2B49%20171%202345678&birthday=1990-05-17", consent: true);

        await new AppleDevice(_service.Client).AddFromJoinLinkAsync(link);

        var member = Assert.Single(await _service.QueryAsync<(string? Email, string? Phone, string? Birthday, bool MarketingConsent)>(
            "SELECT email, phone, birthday, marketing_consent FROM members"));
        Assert.Equal(("alex@example.com", "+49 171 2345678", "1990-05-17", true), member);
        var consent = Assert.Single(await _service.QueryAsync<(bool Granted, string TextVersion, string Channel)>(
            "SELECT granted, text_version, channel FROM member_consents"));
        Assert.Equal((true, "2026-12", "join"), consent);
    }

    [Fact]
    public async Task AShopperWhoLeavesTheBoxUntickedIsAMemberWithoutMarketingConsentAndTheAnswerIsKept()
    {
        await new AppleDevice(_service.Client).AddFromJoinLinkAsync(await LinkAsync(""));

        var member = Assert.Single(await _service.QueryAsync<(string? Email, string? Phone, string? Birthday, bool MarketingConsent)>(
            "SELECT email, phone, birthday, marketing_consent FROM members"));
        Assert.Equal((null, null, null, false), member);
        Assert.Equal((false, "2026-12", "join"), Assert.Single(await _service.QueryAsync<(bool Granted, string TextVersion, string Channel)>(
            "SELECT granted, text_version, channel FROM member_consents")));
    }

    [Theory]
    [InlineData("&email=alex%40nowhere&phone=0171%202345678", "email-error", "value=\"0171 2345678\"")]
    [InlineData("&phone=call%20me%20maybe&email=kept%40example.com", "phone-error", "value=\"kept@example.com\"")]
    [InlineData("&phone=12%2034&email=kept%40example.com", "phone-error", "value=\"kept@example.com\"")]
    [InlineData("&birthday=1990-02-30&email=kept%40example.com", "birthday-error", "value=\"kept@example.com\"")]
    [InlineData("&birthday=2999-01-01&phone=0171%202345678", "birthday-error", "value=\"0171 2345678\"")]
    public async Task ADetailThatCannotBeReadShowsThePageAgainWithWhatWasTypedAndEnrolsNobody(string details, string error, string kept)
    {
        using var response = await _service.Client.GetAsync(await LinkAsync(details, consent: true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"details-problem\"", html, StringComparison.Ordinal);
        Assert.Matches($"<p id=\"{error}\" class=\"field-error\">", html);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, "class=\"field-error\" hidden").Count);
        Assert.Contains("value=\"Alex\"", html, StringComparison.Ordinal);
        Assert.Contains(kept, html, StringComparison.Ordinal);
        Assert.Matches("id=\"marketingConsent\"[^>]* checked", html);
        Assert.Contains("id=\"add-to-apple-wallet\"", html, StringComparison.Ordinal); // a fresh token: the next tap can enrol
        Assert.Equal(0, await _service.CountAsync("SELECT COUNT(*) FROM members"));
    }

    [Fact]
    public async Task TheConsentBoxIsUntickedOnTheLandingPageAndWordedByTheProgramInTheShoppersLanguage()
    {
        var english = await _service.Client.GetStringAsync("/join/demo");
        var german = await _service.Client.GetStringAsync("/join/demo?lang=de");

        Assert.Matches("<input id=\"marketingConsent\" name=\"marketingConsent\" type=\"checkbox\" value=\"true\" />", english);
        Assert.Contains("Yes, Maple Street Bakery may send me offers and news", english, StringComparison.Ordinal);
        Assert.Contains("Ja, die Maple Street Bakery darf mir Angebote", german, StringComparison.Ordinal);
    }
}
