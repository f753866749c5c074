using System.Data.Common;
using Dapper;
using WalletLoyalty.Surveys;

namespace WalletLoyalty.Kpis;

/// <summary>The NPS of the survey answers given in a period, by members of the filter's flyer source and tier (an answer has no store).</summary>
public static class KpiSurveyScores
{
    public static async Task<NpsFigures> NpsAsync(DbConnection connection, KpiLedger.Filter filter, KpiSpan period, CancellationToken cancellationToken)
    {
        var join = filter.Source is null && filter.Tier is null ? "" : " JOIN members m ON m.id = a.member_id";
        var counts = await connection.QuerySingleAsync<(long? Promoters, long? Detractors, long Answers)>(new CommandDefinition(
            $"""
            SELECT CAST(SUM(CASE WHEN a.score >= 9 THEN 1 ELSE 0 END) AS bigint), CAST(SUM(CASE WHEN a.score <= 6 THEN 1 ELSE 0 END) AS bigint),
                   CAST(COUNT(*) AS bigint)
            FROM survey_answers a{join}
            WHERE a.program_id = @Program AND a.answered_at >= @from AND a.answered_at < @to{filter.MemberConditions("m")}
            """,
            new { filter.Program, filter.Source, filter.Tier, from = new DateTimeOffset(period.Start, TimeSpan.Zero), to = new DateTimeOffset(period.End, TimeSpan.Zero) },
            cancellationToken: cancellationToken));
        return NetPromoterScore.Of(counts.Promoters ?? 0, counts.Detractors ?? 0, counts.Answers);
    }
}
