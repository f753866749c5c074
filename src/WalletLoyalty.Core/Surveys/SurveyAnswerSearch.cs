using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Surveys;

/// <summary>Promoters score 9–10, passives 7–8, detractors 0–6.</summary>
public enum ScoreBand
{
    Promoter,
    Passive,
    Detractor,
}

/// <summary>What a marketer asks of the answers: answered from (inclusive) to (exclusive), a score band, words of the comment.</summary>
public sealed record SurveyAnswerQuery(DateTimeOffset? From, DateTimeOffset? To, ScoreBand? Band, string? Text, int Page);

public sealed record SurveyAnswerItem
{
    public long Id { get; init; }
    public long MemberId { get; init; }
    public string Round { get; init; } = "";
    public int Score { get; init; }
    public string? Comment { get; init; }
    public string Language { get; init; } = "";
    public DateTimeOffset AnsweredAt { get; init; }
}

public sealed record SurveyAnswerPage(IReadOnlyList<SurveyAnswerItem> Items, int Page, int PageSize, long Total);

/// <summary>A program's survey answers, newest first, 50 a page. Comment text is compared with lower() on both sides, as the member search does.</summary>
public sealed class SurveyAnswerSearch(IDatabase database)
{
    public const int PageSize = 50;

    public async Task<SurveyAnswerPage> SearchAsync(string programId, SurveyAnswerQuery query, CancellationToken cancellationToken)
    {
        var where = new List<string> { "program_id = @programId" };
        var parameters = new DynamicParameters(new { programId });
        if (query.From is { } from)
        {
            where.Add("answered_at >= @from");
            parameters.Add("from", from);
        }
        if (query.To is { } to)
        {
            where.Add("answered_at < @to");
            parameters.Add("to", to);
        }
        if (query.Band is { } band)
        {
            where.Add(band switch
            {
                ScoreBand.Promoter => "score >= 9",
                ScoreBand.Passive => "score BETWEEN 7 AND 8",
                _ => "score <= 6",
            });
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            where.Add(@"lower(comment) LIKE @like ESCAPE '\'");
            parameters.Add("like", "%" + EscapeLike(query.Text.Trim().ToLowerInvariant()) + "%");
        }
        var filter = string.Join(" AND ", where);
        parameters.Add("pageSize", (long)PageSize);
        parameters.Add("offset", (long)(query.Page - 1) * PageSize);
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM survey_answers WHERE {filter}", parameters, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<SurveyAnswerItem>(new CommandDefinition(
            $"""
            SELECT id AS Id, member_id AS MemberId, round AS Round, score AS Score, comment AS Comment, language AS Language, answered_at AS AnsweredAt
            FROM survey_answers WHERE {filter} ORDER BY answered_at DESC, id DESC LIMIT @pageSize OFFSET @offset
            """, parameters, cancellationToken: cancellationToken));
        return new SurveyAnswerPage(items.AsList(), query.Page, PageSize, total);
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
