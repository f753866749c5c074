using Microsoft.AspNetCore.Components;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Languages;
using WalletLoyalty.Surveys;

namespace WalletLoyalty.Server.Surveys;

public enum SurveyPageState
{
    /// <summary>The member has not answered in this round: the form.</summary>
    Open,

    /// <summary>The member's answer was just stored.</summary>
    Saved,

    /// <summary>The member had answered in this round already.</summary>
    Answered,
}

/// <summary>The member's survey: the program's question in their language, a score from 0 to 10 and a comment.</summary>
public sealed partial class SurveyPage
{
    [Parameter, EditorRequired] public required LoyaltyProgram Program { get; set; }
    [Parameter, EditorRequired] public required SurveyRules Rules { get; set; }
    [Parameter] public SurveyPageState State { get; set; }
    [Inject] public required PageTexts Texts { get; set; }
    [CascadingParameter] public required HttpContext HttpContext { get; set; }

    private PageText T => field ??= Texts.For(HttpContext.Request);
    private string Text(string text) => Program.Template.Translations.Text(text, T.Language);

    // The form posts in this page's language, so the answer is stored with it and the thanks come back in it.
    private string Action => HttpContext.Request.PathBase + HttpContext.Request.Path + "?lang=" + Uri.EscapeDataString(T.Language);

    public static HtmlPage<SurveyPage> Result(LoyaltyProgram program, SurveyRules rules, SurveyPageState state, int statusCode = StatusCodes.Status200OK) =>
        new(new Dictionary<string, object?>
        {
            [nameof(Program)] = program,
            [nameof(Rules)] = rules,
            [nameof(State)] = state,
        }, PagePolicy.ShopperForm, statusCode);
}
