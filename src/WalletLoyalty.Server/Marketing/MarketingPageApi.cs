namespace WalletLoyalty.Server.Marketing;

/// <summary>Serves the marketer's dashboard at <c>/marketing</c>. Charts are inline SVG; the CSV is saved through a blob: URL, which needs no policy entry.</summary>
public static class MarketingPageApi
{
    public static void MapMarketingPage(this WebApplication app) =>
        app.MapGet("/marketing", MarketingPage.Result).AllowAnonymous().ExcludeFromDescription(); // the page asks for the key; its API calls carry it
}
