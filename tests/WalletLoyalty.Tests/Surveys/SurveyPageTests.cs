using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Programs;
using WalletLoyalty.Surveys;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Surveys;

/// <summary>The member's survey page, opened from the link on the back of their card: one answer per round, points once.</summary>
[Trait("Category", "Database")]
public sealed class SurveyPageTests : IAsyncLifetime
{
    private SurveyRig _rig = null!;

    public async Task InitializeAsync() => _rig = await SurveyRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private ServiceHost Service => _rig.Service;

    private Task<IReadOnlyList<(long MemberId, string Round, int Score, string? Comment, string Language)>> AnswersAsync() =>
        Service.QueryAsync<(long, string, int, string?, string)>("SELECT member_id, round, score, comment, language FROM survey_answers ORDER BY id");

    private Task<IReadOnlyList<(long Points, long BalanceAfter, string Reason)>> SurveyEntriesAsync() =>
        Service.QueryAsync<(long, long, string)>("SELECT points, balance_after, reason FROM ledger_entries WHERE kind = 'survey' ORDER BY id");

    [Fact]
    public async Task AMemberAnswersOnceAndGetsThePointsOnceASecondAnswerInTheRoundIsRefused()
    {
        var (card, memberId, path) = await _rig.JoinAsync();
        Assert.Equal("How are we doing?", card.Field("survey").GetProperty("label").GetString());
        var form = await Service.Client.GetStringAsync(path);
        Assert.Contains("How likely are you to recommend Maple Street Bakery to a friend?", form, StringComparison.Ordinal);
        Assert.Contains("Points for your answer: 10", form, StringComparison.Ordinal);
        Assert.Equal(11, form.Split("type=\"radio\" name=\"score\"").Length - 1);

        using var answered = await _rig.AnswerAsync(path + "?lang=en", "9", "  Lovely bread, slow queue  ");

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(path + "?saved=true&lang=en", answered.Headers.Location!.OriginalString);
        var thanks = await Service.Client.GetStringAsync(answered.Headers.Location.OriginalString);
        Assert.Contains("Thank you for your answer!", thanks, StringComparison.Ordinal);
        Assert.Contains("Points added to your card: 10", thanks, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", thanks, StringComparison.Ordinal);

        using var again = await _rig.AnswerAsync(path, "2", "Changed my mind");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("You have already answered this survey.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("You have already answered this survey.", await Service.Client.GetStringAsync(path), StringComparison.Ordinal);
        Assert.Equal([(memberId, _rig.Quarter, 9, "Lovely bread, slow queue", "en")], await AnswersAsync());
        Assert.Equal([(10L, 10L, "survey " + _rig.Quarter)], await SurveyEntriesAsync());
        Assert.Equal(10, Assert.Single(await Service.QueryAsync<long>("SELECT points_balance FROM members")));
        Assert.Equal(1, await Service.CountAsync(
            "SELECT COUNT(*) FROM survey_answers a JOIN ledger_entries e ON e.id = a.ledger_entry_id WHERE e.kind = 'survey'"));
        using var fetched = await new AppleDevice(Service.Client).FetchPassAsync(card);
        Assert.Equal(10, new PkPassFile(await fetched.Content.ReadAsByteArrayAsync()).Field("points").GetProperty("value").GetInt64());
    }

    [Fact]
    public async Task TheNextQuarterOpensANewRoundWithItsOwnAnswerAndPoints()
    {
        var (_, _, path) = await _rig.JoinAsync();
        (await _rig.AnswerAsync(path, "6")).Dispose();
        var first = _rig.Quarter;

        _rig.Clock.Advance(TimeSpan.FromDays(100));
        Assert.Contains("name=\"score\"", await Service.Client.GetStringAsync(path), StringComparison.Ordinal);
        using var second = await _rig.AnswerAsync(path, "10");

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal([first, _rig.Quarter], (await AnswersAsync()).Select(a => a.Round));
        Assert.NotEqual(first, _rig.Quarter);
        Assert.Equal([10L, 20L], (await SurveyEntriesAsync()).Select(e => e.BalanceAfter));
    }

    [Fact]
    public async Task AnswersSentAtOnceStoreOneAnswerAndCreditThePointsOnce()
    {
        var (_, _, path) = await _rig.JoinAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => _rig.AnswerAsync(path, (i + 4).ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Single(await AnswersAsync());
        Assert.Single(await SurveyEntriesAsync());
        Assert.Equal(10, Assert.Single(await Service.QueryAsync<long>("SELECT points_balance FROM members")));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("seven")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("7.5")]
    public async Task AScoreOutsideZeroToTenIsRefusedWithAProblemAndNothingIsStored(string? score)
    {
        var (_, _, path) = await _rig.JoinAsync();

        using var response = await _rig.AnswerAsync(path, score, "Fine");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://walletloyalty.dev/problems/invalid", problem.GetProperty("type").GetString());
        Assert.Contains("0", problem.GetProperty("errors").GetProperty("score")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(await AnswersAsync());
        Assert.Empty(await SurveyEntriesAsync());
    }

    [Fact]
    public async Task ACommentLongerThanAThousandCharactersIsRefused()
    {
        var (_, _, path) = await _rig.JoinAsync();

        using var response = await _rig.AnswerAsync(path, "8", new string('a', SurveyAnswer.MaxCommentLength + 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("comment", out _));
        Assert.Empty(await AnswersAsync());
    }

    [Fact]
    public async Task AnErasedMembersLinkOpensNothingAndTheirAnswerIsRefused()
    {
        var (_, memberId, path) = await _rig.JoinAsync();
        using var marketer = await TillClient.WithNewKeyAsync(Service, "marketer", programId: "demo");
        using (var erased = await marketer.SendDeleteAsync($"/api/v1/programs/demo/members/{memberId}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        }

        using var shown = await Service.Client.GetAsync(path);
        using var posted = await _rig.AnswerAsync(path, "10");
        var program = Service.Services.GetRequiredService<ProgramCatalog>().Find("demo")!;
        var direct = await Service.Services.GetRequiredService<SurveyAnswers>()
            .AnswerAsync(program, program.Template.Survey!, memberId, new SurveyAnswer(10, null, "en"), CancellationToken.None);

        Assert.Equal(HttpStatusCode.NotFound, shown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(SurveyOutcome.MemberErased, direct.Outcome);
        Assert.Empty(await AnswersAsync());
        Assert.Empty(await SurveyEntriesAsync());
    }

    [Fact]
    public async Task TheMembersExportListsTheirAnswers()
    {
        var (_, memberId, path) = await _rig.JoinAsync();
        (await _rig.AnswerAsync(path + "?lang=de", "9", "Sehr gut")).Dispose();
        using var marketer = await TillClient.WithNewKeyAsync(Service, "marketer", programId: "demo");

        using var response = await marketer.GetAsync($"/api/v1/programs/demo/members/{memberId}/export");

        var answer = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("surveyAnswers").EnumerateArray());
        Assert.Equal((_rig.Quarter, 9, "Sehr gut", "de"), (answer.GetProperty("round").GetString(), answer.GetProperty("score").GetInt32(),
            answer.GetProperty("comment").GetString(), answer.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task ErasingAMemberClearsTheirCommentAndKeepsTheScore()
    {
        var (_, memberId, path) = await _rig.JoinAsync();
        (await _rig.AnswerAsync(path, "4", "Ask for Alex Example at the counter")).Dispose();
        using var marketer = await TillClient.WithNewKeyAsync(Service, "marketer", programId: "demo");

        (await marketer.SendDeleteAsync($"/api/v1/programs/demo/members/{memberId}")).Dispose();

        Assert.Equal([(memberId, _rig.Quarter, 4, (string?)null, "en")], await AnswersAsync());
    }

    [Fact]
    public async Task ThePageSpeaksTheShoppersLanguageAndTheAnswerKeepsIt()
    {
        var (_, _, path) = await _rig.JoinAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd("pl-PL");

        using var response = await Service.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        using var answered = await _rig.AnswerAsync(path + "?lang=pl", "7");

        Assert.Contains("<html lang=\"pl\">", html, StringComparison.Ordinal);
        Assert.Contains("Jak bardzo prawdopodobne jest, że polecisz Maple Street Bakery znajomemu?", html, StringComparison.Ordinal);
        Assert.Contains("Wyślij odpowiedź", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"{path}?lang=pl\"", html, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("pl", Assert.Single(await AnswersAsync()).Language);
    }

    [Fact]
    public async Task AWrongKeyOrTheConsentLinksKeyOpensNoSurvey()
    {
        var (card, _, path) = await _rig.JoinAsync();
        var consentKey = new Uri(card.Field("consent").GetProperty("value").GetString()!).AbsolutePath.Split('/')[^1];
        var mangled = path[..^1] + (path[^1] == '0' ? '1' : '0');

        foreach (var wrong in new[] { $"/members/survey/{card.SerialNumber}/{consentKey}", mangled, "/members/survey/NOSUCHCARD/" + consentKey })
        {
            using var shown = await Service.Client.GetAsync(wrong);
            Assert.Equal(HttpStatusCode.NotFound, shown.StatusCode);
            using var posted = await _rig.AnswerAsync(wrong, "10");
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }
        Assert.Empty(await AnswersAsync());
    }
}
