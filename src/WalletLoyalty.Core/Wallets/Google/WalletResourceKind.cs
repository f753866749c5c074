namespace WalletLoyalty.Wallets.Google;

/// <summary>The Google Wallet resources a loyalty programme uses: cards (loyalty) and coupons (offer).</summary>
public enum WalletResourceKind
{
    LoyaltyClass,
    LoyaltyObject,
    OfferClass,
    OfferObject,
}
