using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using WalletLoyalty.Tests.Kpis;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Surveys;

/// <summary>Marketers list their program's survey answers, newest first, by local dates, score band and words of the comment.</summary>
[Trait("Category", "Database")]
public sealed class SurveyAnswersApiTests : IAsyncLifetime
{
    private const string Path = "/api/v1/programs/demo/surveys/answers";
    private ServiceHost _service = null!;
    private TillClient _marketer = null!;
    private long[] _members = [];

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        _marketer = await TillClient.WithNewKeyAsync(_service, "marketer", programId: "demo");
        var ledger = new HandMadeLedger(_service);
        _members = [await ledger.MemberAsync(), await ledger.MemberAsync(), await ledger.MemberAsync(), await ledger.MemberAsync()];
        await AnswerAsync(_members[0], 10, "Best croissants in town", "en", "2026-03-05 10:00");
        await AnswerAsync(_members[1], 8, "Good, but the queue is slow", "de", "2026-03-10 09:00");
        await AnswerAsync(_members[2], 2, "Cold coffee, slow QUEUE", "pl", "2026-03-31 23:30");
        await AnswerAsync(_members[3], 6, null, "th", "2026-04-01 00:30");
    }

    public async Task DisposeAsync()
    {
        _marketer.Dispose();
        await _service.DisposeAsync();
    }

    private async Task AnswerAsync(long member, int score, string? comment, string language, string local)
    {
        await using var connection = await _service.Database().OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO survey_answers (program_id, member_id, round, score, comment, language, answered_at)
            VALUES ('demo', @member, '2026-Q1', @score, @comment, @language, @at)
            """, new { member, score, comment, language, at = HandMadeLedger.Local(local) });
    }

    private async Task<JsonElement> ListAsync(string query)
    {
        using var response = await _marketer.GetAsync(Path + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static int[] Scores(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("score").GetInt32())];

    [Fact]
    public async Task AllAnswersComeNewestFirstWithMemberTimeAndLanguage()
    {
        var page = await ListAsync("");

        Assert.Equal(new[] { 6, 2, 8, 10 }, Scores(page));
        Assert.Equal(4, page.GetProperty("total").GetInt64());
        var first = page.GetProperty("items")[1];
        Assert.Equal(_members[2], first.GetProperty("memberId").GetInt64());
        Assert.Equal("Cold coffee, slow QUEUE", first.GetProperty("comment").GetString());
        Assert.Equal("pl", first.GetProperty("language").GetString());
        Assert.Equal(HandMadeLedger.Local("2026-03-31 23:30"), first.GetProperty("answeredAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("items")[0].GetProperty("comment").ValueKind);
    }

    [Fact]
    public async Task AnswersFilterByLocalDatesScoreBandAndWordsOfTheComment()
    {
        Assert.Equal(new[] { 2, 8, 10 }, Scores(await ListAsync("?from=2026-03-01&to=2026-04-01")));
        Assert.Equal(new[] { 6 }, Scores(await ListAsync("?from=2026-04-01")));
        Assert.Equal(new[] { 10 }, Scores(await ListAsync("?score=promoter")));
        Assert.Equal(new[] { 8 }, Scores(await ListAsync("?score=passive")));
        Assert.Equal(new[] { 6, 2 }, Scores(await ListAsync("?score=Detractor")));
        Assert.Equal(new[] { 2, 8 }, Scores(await ListAsync("?q=queue")));
        Assert.Equal(new[] { 2 }, Scores(await ListAsync("?q=queue&score=detractor&to=2026-04-01")));
        Assert.Empty(Scores(await ListAsync("?q=100%25")));
        Assert.Empty(Scores(await ListAsync("?page=2")));
    }

    [Theory]
    [InlineData("?score=9", "score")]
    [InlineData("?score=fans", "score")]
    [InlineData("?from=2026-13-01", "from")]
    [InlineData("?from=2026-04-01&to=2026-03-01", "from")]
    [InlineData("?page=0", "page")]
    public async Task AQueryThatCannotBeAnsweredIsAProblemNamingTheParameter(string query, string parameter)
    {
        using var response = await _marketer.GetAsync(Path + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://walletloyalty.dev/problems/invalid", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }
}
