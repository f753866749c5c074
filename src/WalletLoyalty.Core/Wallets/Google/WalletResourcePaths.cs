namespace WalletLoyalty.Wallets.Google;

internal static class WalletResourcePaths
{
    public static string Collection(WalletResourceKind kind) => kind switch
    {
        WalletResourceKind.LoyaltyClass => "loyaltyClass",
        WalletResourceKind.LoyaltyObject => "loyaltyObject",
        WalletResourceKind.OfferClass => "offerClass",
        WalletResourceKind.OfferObject => "offerObject",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Resource(WalletResourceKind kind, string id) =>
        Collection(kind) + "/" + Uri.EscapeDataString(id);
}
