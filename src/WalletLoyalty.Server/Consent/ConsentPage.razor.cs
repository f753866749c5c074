using Microsoft.AspNetCore.Components;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Languages;

namespace WalletLoyalty.Server.Consent;

/// <summary>The member's consent: what they agreed to, in their language, and one box to change it.</summary>
public sealed partial class ConsentPage
{
    [Parameter, EditorRequired] public required LoyaltyProgram Program { get; set; }
    [Parameter] public bool Granted { get; set; }
    [Parameter] public bool Saved { get; set; }
    [Inject] public required PageTexts Texts { get; set; }
    [CascadingParameter] public required HttpContext HttpContext { get; set; }

    private PageText T => field ??= Texts.For(HttpContext.Request);
    private string Text(string text) => Program.Template.Translations.Text(text, T.Language);

    // The form posts to this page in this page's language, so the answer comes back in it.
    private string Action => HttpContext.Request.PathBase + HttpContext.Request.Path + "?lang=" + Uri.EscapeDataString(T.Language);

    public static HtmlPage<ConsentPage> Result(LoyaltyProgram program, bool granted, bool saved) =>
        new(new Dictionary<string, object?>
        {
            [nameof(Program)] = program,
            [nameof(Granted)] = granted,
            [nameof(Saved)] = saved,
        }, PagePolicy.ShopperForm);
}
