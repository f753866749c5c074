using Microsoft.AspNetCore.Components;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Languages;

namespace WalletLoyalty.Server.Till;

/// <summary>
/// The cashier's page, in the language the browser asks for. Static otherwise: the store, program and member
/// all come from the till API after sign-in.
/// </summary>
public sealed partial class TillPage
{
    [Inject] public required PageTexts Texts { get; set; }
    [CascadingParameter] public required HttpContext HttpContext { get; set; }

    private PageText T => field ??= Texts.For(HttpContext.Request);

    /// <summary>The page, allowed to use the camera to scan cards.</summary>
    public static HtmlPage<TillPage> Result() => new(new Dictionary<string, object?>(), PagePolicy.StaffPageWithCamera);
}
