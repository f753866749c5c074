using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Till;

/// <summary>The cashier's page. Static: the store, program and member all come from the till API after sign-in.</summary>
public sealed partial class TillPage
{
    /// <summary>The page, allowed to use the camera to scan cards.</summary>
    public static HtmlPage<TillPage> Result() => new(new Dictionary<string, object?>(), PagePolicy.StaffPageWithCamera);
}
