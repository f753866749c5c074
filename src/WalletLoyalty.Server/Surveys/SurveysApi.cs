using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Kpis;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Surveys;

namespace WalletLoyalty.Server.Surveys;

/// <summary>Marketers read the survey answers of their program: scores and comments, by date, score band and words (docs/surveys.md).</summary>
public static class SurveysApi
{
    private const int MaxQueryLength = 100;

    public static void MapSurveysApi(this WebApplication app) =>
        app.MapGet("/api/v1/programs/{program}/surveys/answers", AnswersAsync)
            .RequireApiKey(AccessPolicies.Marketer).WithTags("Marketing")
            .WithSummary("Survey answers, newest first, 50 a page: local dates from (inclusive) to (exclusive), score band promoter|passive|detractor, words of the comment");

    private static async Task<Results<Ok<SurveyAnswerPage>, NotFoundProblem, ValidationProblem>> AnswersAsync(
        string program, string? from, string? to, string? score, string? q, int? page,
        ClaimsPrincipal user, ProgramCatalog programs, SurveyAnswerSearch search, CancellationToken cancellationToken)
    {
        if (!RouteValues.IsProgramId(program) || programs.Find(program) is not { } found || !user.MaySee(program))
        {
            return Problems.NotFound($"No program '{program}' for this key.");
        }
        var errors = new Dictionary<string, string[]>();
        var start = Date("from", from, found.TimeZone, errors);
        var end = Date("to", to, found.TimeZone, errors);
        if (start is { } s && end is { } e && s >= e)
        {
            errors["from"] = ["must be before to (to is exclusive)"];
        }
        ScoreBand? band = null;
        if (!string.IsNullOrEmpty(score))
        {
            if (Enum.TryParse<ScoreBand>(score, ignoreCase: true, out var parsed) && score.All(char.IsLetter))
            {
                band = parsed;
            }
            else
            {
                errors["score"] = ["must be promoter (9–10), passive (7–8) or detractor (0–6)"];
            }
        }
        if (q is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"must be at most {MaxQueryLength} characters"];
        }
        if (page is < 1)
        {
            errors["page"] = ["must be 1 or more"];
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        return TypedResults.Ok(await search.SearchAsync(program, new SurveyAnswerQuery(start, end, band, q, page ?? 1), cancellationToken));
    }

    private static DateTimeOffset? Date(string name, string? value, TimeZoneInfo zone, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1970 and <= 9000)
        {
            return LocalMidnight.Of(date, zone);
        }
        errors[name] = ["must be a local date as yyyy-MM-dd from 1970 to 9000, e.g. 2026-03-01"];
        return null;
    }
}
