using System.Data.Common;
using Dapper;
using WalletLoyalty.Till;

namespace WalletLoyalty.CouponOffers;

/// <summary>
/// What the till's coupon redemption asks of an offer's coupon: whether this store takes it, and, once taken,
/// the redemption counted for the offer, at most once per member by the table's key.
/// </summary>
public static class OfferCouponsAtTill
{
    /// <summary>The refusal when the coupon is an offer's that this till's store does not take; null otherwise.</summary>
    public static async Task<TillAnswer?> RefusalAsync(DbConnection connection, DbTransaction transaction, TillContext till, long couponId)
    {
        var offerKey = await connection.ExecuteScalarAsync<string?>(
            "SELECT o.offer_key FROM coupons c JOIN coupon_offers o ON o.id = c.offer_id WHERE c.id = @couponId", new { couponId }, transaction);
        var offer = offerKey is null ? null : till.Program.Template.Mechanics.CouponOffers?.FirstOrDefault(o => o.Id == offerKey);
        return offer is null || offer.TakesStore(till.StoreId)
            ? null
            : TillAnswer.Conflict("coupon-not-valid-here", "Coupon not valid at this store",
                $"This coupon can be used only at: {string.Join(", ", offer.Stores.Select(s => till.Program.Store(s)?.Name ?? s))}.");
    }

    /// <summary>Counts a redeemed coupon for its offer; does nothing for a coupon given to one member.</summary>
    public static Task RecordAsync(DbConnection connection, DbTransaction transaction, long couponId, string storeId, DateTimeOffset now) =>
        connection.ExecuteAsync(
            """
            INSERT INTO coupon_offer_redemptions (offer_id, member_id, coupon_id, store_id, redeemed_at)
            SELECT offer_id, member_id, id, @storeId, @now FROM coupons WHERE id = @couponId AND offer_id IS NOT NULL
            """,
            new { couponId, storeId, now }, transaction);
}
