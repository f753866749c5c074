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
    [Inject] public required PageTexts Texts { get; set; }
    [CascadingParameter] public required HttpContext HttpContext { get; set; }

    private PageText T => field ??= Texts.For(HttpContext.Request);
    private ProgramTemplate Template => Program.Template;
    private string Text(string text) => Template.Translations.Text(text, T.Language);

    // The wallet links carry the page's language, so the card is made in the language the shopper read,
    // and the page's token, so only a tap on them enrols (EnrolmentTokens).
    private string Query => "?" + (Source is null ? "" : "src=" + Uri.EscapeDataString(Source) + "&") + "lang=" + Uri.EscapeDataString(T.Language)
        + "&" + EnrolmentTokens.QueryName + "=" + Uri.EscapeDataString(Token);
    private string AppleHref => $"/join/{Program.Id}/apple{Query}";
    private string GoogleHref => $"/join/{Program.Id}/google{Query}";
    private bool ShowGoogle => GoogleWalletEnabled && Device != Device.Apple;
    private bool ShowApple => !ShowGoogle || Device != Device.Android;
    private string QrCode => "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(FlyerQrCode.Svg(PageUrl, 6)));

    public static HtmlPage<LandingPage> Result(LoyaltyProgram program, string? source, string pageUrl, Device device, bool googleWalletEnabled, string token) =>
        new(new Dictionary<string, object?>
        {
            [nameof(Program)] = program,
            [nameof(Source)] = source,
            [nameof(PageUrl)] = pageUrl,
            [nameof(Device)] = device,
            [nameof(GoogleWalletEnabled)] = googleWalletEnabled,
            [nameof(Token)] = token,
        }, PagePolicy.Shopper);
}
