using System.Globalization;
using Microsoft.AspNetCore.Components;
using WalletLoyalty.Programs;
using WalletLoyalty.Referrals;
using WalletLoyalty.Server.Flyers;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Languages;

namespace WalletLoyalty.Server.Referrals;

/// <summary>The member's invitation: what a friend and they get, the join link with the member's code and its QR code to show.</summary>
public sealed partial class ReferralPage
{
    [Parameter, EditorRequired] public required LoyaltyProgram Program { get; set; }
    [Parameter, EditorRequired] public required ReferralRules Rules { get; set; }
    [Parameter, EditorRequired] public required string JoinUrl { get; set; }

    /// <summary>How many of the member's friends have paid a referral so far.</summary>
    [Parameter] public long Rewarded { get; set; }
    [Inject] public required PageTexts Texts { get; set; }
    [CascadingParameter] public required HttpContext HttpContext { get; set; }

    private PageText T => field ??= Texts.For(HttpContext.Request);
    private string Text(string text) => Program.Template.Translations.Text(text, T.Language);
    private string Points(long points) => points.ToString("N0", T.Culture);

    // Minor units as the amount with two decimals and the currency's code, in the reader's number format (10,00 EUR).
    private string Amount => (Rules.MinFirstPurchaseMinor / 100m).ToString("N2", T.Culture) + " " + Program.Template.Currency;
    private string QrCode => "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(FlyerQrCode.Svg(JoinUrl, 8)));
    private string Count(long count) => count.ToString(CultureInfo.InvariantCulture);

    public static HtmlPage<ReferralPage> Result(LoyaltyProgram program, ReferralRules rules, string joinUrl, long rewarded) =>
        new(new Dictionary<string, object?>
        {
            [nameof(Program)] = program,
            [nameof(Rules)] = rules,
            [nameof(JoinUrl)] = joinUrl,
            [nameof(Rewarded)] = rewarded,
        }, PagePolicy.Shopper);
}
