namespace WalletLoyalty.Server.Till;

/// <summary>Serves the cashier's page at <c>/till</c>; it may use the camera to scan cards.</summary>
public static class TillPageApi
{
    public static void MapTillPage(this WebApplication app) =>
        app.MapGet("/till", TillPage.Result).AllowAnonymous().ExcludeFromDescription(); // the page asks for the key; its API calls carry it
}
