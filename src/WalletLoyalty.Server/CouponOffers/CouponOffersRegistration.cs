using WalletLoyalty.CouponOffers;

namespace WalletLoyalty.Server.CouponOffers;

public static class CouponOffersRegistration
{
    /// <summary>Flyer coupons: the offers' rows and codes, claims, the marketer's figures and voiding.</summary>
    public static void AddCouponOffers(this IServiceCollection services)
    {
        services.AddSingleton<CouponOfferSync>();
        services.AddSingleton<CouponOfferLookup>();
        services.AddSingleton<CouponClaims>();
        services.AddSingleton<CouponOfferCounts>();
        services.AddSingleton<CouponOfferVoiding>();
        services.AddSingleton<OfferCodeRows>();
        services.AddSingleton<CouponOfferTap>();
    }
}
