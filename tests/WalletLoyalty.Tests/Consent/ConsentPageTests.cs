using System.Net;
using System.Text.RegularExpressions;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Consent;

/// <summary>The member's consent page, opened from the link on the back of their card.</summary>
[Trait("Category", "Database")]
public sealed partial class ConsentPageTests : IAsyncLifetime
{
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task<(PkPassFile Card, string Path)> JoinAsync(bool consent = false)
    {
        var card = await new AppleDevice(_service.Client).AddFromLandingPageAsync("/join/demo", "Alex", consent);
        var field = card.Field("consent");
        Assert.Equal("Offers and messages", field.GetProperty("label").GetString());
        var url = new Uri(field.GetProperty("value").GetString()!);
        Assert.Equal(_service.BaseAddress.Authority, url.Authority);
        return (card, url.AbsolutePath);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, bool consent) =>
        await _service.Client.PostAsync(path, new FormUrlEncodedContent(consent ? [new("marketingConsent", "true")] : new List<KeyValuePair<string, string>>()));

    private Task<IReadOnlyList<(bool Granted, string TextVersion, string Channel)>> AnswersAsync() =>
        _service.QueryAsync<(bool Granted, string TextVersion, string Channel)>("SELECT granted, text_version, channel FROM member_consents ORDER BY id");

    [Fact]
    public async Task AMemberSeesTheirConsentAndChangesItFromTheBackOfTheirCard()
    {
        var (_, path) = await JoinAsync();
        var before = await _service.Client.GetStringAsync(path);
        Assert.Contains("You receive no offers or news from us.", before, StringComparison.Ordinal);
        Assert.Matches("<input id=\"marketingConsent\" name=\"marketingConsent\" type=\"checkbox\" value=\"true\" />", before);

        using var granted = await PostAsync(path + "?lang=en", consent: true);

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal(path + "?saved=true&lang=en", granted.Headers.Location!.OriginalString);
        var after = await _service.Client.GetStringAsync(granted.Headers.Location.OriginalString);
        Assert.Contains("You receive offers and news from us.", after, StringComparison.Ordinal);
        Assert.Contains("id=\"saved\"", after, StringComparison.Ordinal);
        Assert.Matches("id=\"marketingConsent\"[^>]* checked", after);
        Assert.True(Assert.Single(await _service.QueryAsync<bool>("SELECT marketing_consent FROM members")));

        (await PostAsync(path, consent: false)).Dispose();
        (await PostAsync(path, consent: false)).Dispose(); // the same answer again changes nothing

        Assert.False(Assert.Single(await _service.QueryAsync<bool>("SELECT marketing_consent FROM members")));
        Assert.Equal([(false, "2026-12", "join"), (true, "2026-12", "member"), (false, "2026-12", "member")], await AnswersAsync());
    }

    [Fact]
    public async Task TheConsentPageSpeaksTheShoppersLanguageAndAllowsItsFormOnlyToPostHere()
    {
        var (_, path) = await JoinAsync(consent: true);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd("pl-PL");

        using var response = await _service.Client.SendAsync(request);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"pl\">", html, StringComparison.Ordinal);
        Assert.Contains("Otrzymujesz od nas oferty i nowości.", html, StringComparison.Ordinal);
        Assert.Contains("Tak, Maple Street Bakery może wysyłać mi oferty", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"{path}?lang=pl\"", html, StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkWithAWrongKeyOrAnotherCardsKeyOpensNothingAndChangesNothing()
    {
        var (alex, alexPath) = await JoinAsync();
        var (_, otherPath) = await JoinAsync();
        var otherKey = otherPath[(otherPath.LastIndexOf('/') + 1)..];
        var forged = $"/members/consent/{alex.SerialNumber}/{otherKey}";
        var mangled = alexPath[..^1] + (alexPath[^1] == '0' ? '1' : '0');

        foreach (var path in new[] { forged, mangled, "/members/consent/NOSUCHCARD/" + otherKey })
        {
            using var shown = await _service.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, shown.StatusCode);
            Assert.Contains("This link is not valid", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var posted = await PostAsync(path, consent: true);
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }

        Assert.Equal(0, await _service.CountAsync("SELECT COUNT(*) FROM members WHERE marketing_consent = TRUE"));
        Assert.Equal(0, await _service.CountAsync("SELECT COUNT(*) FROM member_consents WHERE channel = 'member'"));
    }

    [Fact]
    public async Task TheLinkIsTheSameOnEveryCopyOfTheCardSoAnUpdateKeepsIt()
    {
        var device = new AppleDevice(_service.Client);
        var (card, path) = await JoinAsync();

        using var fetched = await device.FetchPassAsync(card);
        var again = new PkPassFile(await fetched.Content.ReadAsByteArrayAsync());

        Assert.Equal(path, new Uri(again.Field("consent").GetProperty("value").GetString()!).AbsolutePath);
        Assert.Matches(KeyPattern(), path);
    }

    [GeneratedRegex("^/members/consent/[0-9A-Z]+/[0-9A-HJKMNP-TV-Z]{32}$")]
    private static partial Regex KeyPattern();
}
