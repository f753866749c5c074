using Microsoft.AspNetCore.WebUtilities;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Join;
using WalletLoyalty.Server.Languages;
using WalletLoyalty.Surveys;

namespace WalletLoyalty.Server.Surveys;

/// <summary>
/// The member's survey page, opened from the back of their card. The link itself is the proof (SurveyLinks), so the page
/// needs no sign-in. A second answer in the same round is refused with 409 and the page saying so; nothing changes.
/// </summary>
public static class SurveyPages
{
    public static void MapSurveyPages(this WebApplication app)
    {
        var survey = app.MapGroup(SurveyLinks.PathPrefix.TrimEnd('/')).AllowAnonymous().WithTags("Shoppers").ExcludeFromDescription(); // the link is the key
        survey.MapGet("/{serial}/{key}", ShowAsync);
        survey.MapPost("/{serial}/{key}", AnswerAsync).DisableAntiforgery(); // the unguessable link stands in for a form token
    }

    private static async Task<IResult> ShowAsync(string serial, string key, bool? saved, ProgramCatalog programs, SurveyAnswers answers,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(serial, key, programs, answers, cancellationToken) is not { } found)
        {
            return LinkUnknown();
        }
        var (member, program, rules) = found;
        var answered = await answers.HasAnsweredAsync(member.MemberId, answers.CurrentRound(program, rules), cancellationToken);
        var state = !answered ? SurveyPageState.Open : saved == true ? SurveyPageState.Saved : SurveyPageState.Answered;
        return SurveyPage.Result(program, rules, state);
    }

    private static async Task<IResult> AnswerAsync(string serial, string key, HttpRequest request, ProgramCatalog programs, SurveyAnswers answers,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || await FindAsync(serial, key, programs, answers, cancellationToken) is not { } found)
        {
            return LinkUnknown();
        }
        var (member, program, rules) = found;
        var form = await request.ReadFormAsync(cancellationToken);
        var (answer, errors) = SurveyAnswer.Read(form["score"].ToString(), form["comment"].ToString(), RequestLanguage.Of(request));
        if (answer is null)
        {
            return Hosting.Problems.Invalid(errors);
        }
        var result = await answers.AnswerAsync(program, rules, member.MemberId, answer, cancellationToken);
        switch (result.Outcome)
        {
            case SurveyOutcome.MemberErased:
                return LinkUnknown();
            case SurveyOutcome.AlreadyAnswered:
                return SurveyPage.Result(program, rules, SurveyPageState.Answered, StatusCodes.Status409Conflict);
        }
        // After a post, a redirect: a reload shows the thanks instead of sending the form twice.
        var query = new Dictionary<string, string?> { ["saved"] = "true", ["lang"] = answer.Language };
        return TypedResults.Redirect(QueryHelpers.AddQueryString(request.PathBase + request.Path, query));
    }

    private static async Task<(SurveyMember Member, LoyaltyProgram Program, SurveyRules Rules)?> FindAsync(string serial, string key, ProgramCatalog programs,
        SurveyAnswers answers, CancellationToken cancellationToken) =>
        serial.Length <= 64 && key.Length <= 64 && await answers.FindByLinkAsync(serial, key, cancellationToken) is { } member
            && programs.Find(member.ProgramId) is { Template.Survey: { } rules } program
            ? (member, program, rules)
            : null;

    private static IResult LinkUnknown() => ShopperErrorPage.Result(StatusCodes.Status404NotFound, ShopperErrorPage.ConsentLinkUnknown);
}
