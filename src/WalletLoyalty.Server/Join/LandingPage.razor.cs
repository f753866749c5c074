using WalletLoyalty.Members;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Flyers;
using Microsoft.AspNetCore.Components;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Languages;

namespace WalletLoyalty.Server.Join;

/// <summary>The page a flyer's QR code opens: phone first, one tap to the wallet.</summary>
public sealed partial class LandingPage
{
    [Parameter, EditorRequired] public required LoyaltyProgram Program { get; set; }
    [Parameter] public string? Source { get; set; }
    [Parameter, EditorRequired] public required string PageUrl { get; set; }
    [Parameter] public Device Device { get; set; }
    [Parameter] public bool GoogleWalletEnabled { get; set; }
    [Parameter, EditorRequired] public required string Token { get; set; }

    /// <summary>The referral code the page was opened with, passed on to the wallet buttons (ReferralJoin).</summary>
    [Parameter] public string? Referral { get; set; }

    /// <summary>What the shopper typed, when the page is shown again because a detail could not be read.</summary>
    [Parameter] public JoinForm Typed { get; set; } = JoinForm.Empty;
    [Parameter] public ContactProblems? Problems { get; set; }

    /// <summary>The program's today (yyyy-MM-dd), the latest birthday the date field offers.</summary>
    [Parameter, EditorRequired] public required string Today { get; set; }
    [Inject] public required PageTexts Texts { get; set; }
    [CascadingParameter] public required HttpContext HttpContext { get; set; }

    private PageText T => field ??= Texts.For(HttpContext.Request);
    private ProgramTemplate Template => Program.Template;
    private string Text(string text) => Template.Translations.Text(text, T.Language);
    private static string? Invalid(bool? problem) => problem == true ? "true" : null;

    // The wallet links carry the page's language, so the card is made in the language the shopper read,
    // and the page's token, so only a tap on them enrols (EnrolmentTokens).
    private string Query => "?" + (Source is null ? "" : "src=" + Uri.EscapeDataString(Source) + "&") + "lang=" + Uri.EscapeDataString(T.Language)
        + "&" + EnrolmentTokens.QueryName + "=" + Uri.EscapeDataString(Token)
        + (Referral is null ? "" : "&" + WalletLoyalty.Referrals.ReferralCodes.QueryName + "=" + Uri.EscapeDataString(Referral));
    private string AppleHref => $"/join/{Program.Id}/apple{Query}";
    private string GoogleHref => $"/join/{Program.Id}/google{Query}";
    private bool ShowGoogle => GoogleWalletEnabled && Device != Device.Apple;
    private bool ShowApple => !ShowGoogle || Device != Device.Android;
    private string QrCode => "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(FlyerQrCode.Svg(PageUrl, 6)));

    public static HtmlPage<LandingPage> Result(LoyaltyProgram program, string? source, string pageUrl, Device device, bool googleWalletEnabled, string token,
        DateOnly today, JoinForm? typed = null, ContactProblems? problems = null, string? referral = null) =>
        new(new Dictionary<string, object?>
        {
            [nameof(Typed)] = typed ?? JoinForm.Empty,
            [nameof(Problems)] = problems,
            [nameof(Today)] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            [nameof(Program)] = program,
            [nameof(Source)] = source,
            [nameof(PageUrl)] = pageUrl,
            [nameof(Device)] = device,
            [nameof(GoogleWalletEnabled)] = googleWalletEnabled,
            [nameof(Token)] = token,
            [nameof(Referral)] = referral,
        }, PagePolicy.Shopper, problems is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
}
