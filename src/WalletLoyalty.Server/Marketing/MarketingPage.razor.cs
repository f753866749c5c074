using Microsoft.AspNetCore.Components;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Languages;

namespace WalletLoyalty.Server.Marketing;

/// <summary>
/// The marketer's dashboard, in the language the browser asks for. Static otherwise: the program and its
/// campaigns come from the campaigns API after sign-in.
/// </summary>
public sealed partial class MarketingPage
{
    [Inject] public required PageTexts Texts { get; set; }
    [CascadingParameter] public required HttpContext HttpContext { get; set; }

    private PageText T => field ??= Texts.For(HttpContext.Request);

    public static HtmlPage<MarketingPage> Result() => new(new Dictionary<string, object?>(), PagePolicy.StaffPage);
}
