using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Marketing;

/// <summary>The marketer's dashboard. Static: the program and its campaigns come from the campaigns API after sign-in.</summary>
public sealed partial class MarketingPage
{
    public static HtmlPage<MarketingPage> Result() => new(new Dictionary<string, object?>(), PagePolicy.StaffPage);
}
