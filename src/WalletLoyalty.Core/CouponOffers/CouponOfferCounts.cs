using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.CouponOffers;

/// <summary>An offer with its figures: claimed, redeemed at a till, and how many may still be claimed (null: no limit).</summary>
public sealed record OfferCount(CouponOffer Offer, long Claimed, long Redeemed, long? Left, DateTimeOffset? VoidedAt);

/// <summary>The marketer's figures of a program's coupon offers, counted from the rows the claims and tills wrote.</summary>
public sealed class CouponOfferCounts(IDatabase database)
{
    public async Task<IReadOnlyList<OfferCount>> ListAsync(LoyaltyProgram program, CancellationToken cancellationToken)
    {
        var offers = program.Template.Mechanics.CouponOffers ?? [];
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<OfferRow>(
            """
            SELECT o.offer_key AS OfferKey, o.first_n AS FirstN, o.claimed_count AS Claimed, o.voided_at AS VoidedAt,
                   (SELECT COUNT(*) FROM coupon_offer_redemptions r WHERE r.offer_id = o.id) AS Redeemed,
                   (SELECT COUNT(*) FROM coupon_offer_codes c WHERE c.offer_id = o.id AND c.member_id IS NULL) AS FreeCodes
            FROM coupon_offers o WHERE o.program_id = @programId
            """,
            new { programId = program.Id })).ToDictionary(r => r.OfferKey, StringComparer.Ordinal);
        return offers.Select(offer =>
        {
            var row = rows.GetValueOrDefault(offer.Id) ?? new OfferRow { OfferKey = offer.Id, FirstN = offer.FirstN };
            long? left = row.FirstN is { } firstN ? firstN - row.Claimed : null;
            if (offer.HasPattern)
            {
                left = Math.Min(left ?? long.MaxValue, row.FreeCodes);
            }
            return new OfferCount(offer, row.Claimed, row.Redeemed, row.VoidedAt is null ? left : 0, row.VoidedAt);
        }).ToList();
    }

    private sealed class OfferRow
    {
        public string OfferKey { get; init; } = "";
        public long? FirstN { get; init; }
        public long Claimed { get; init; }
        public DateTimeOffset? VoidedAt { get; init; }
        public long Redeemed { get; init; }
        public long FreeCodes { get; init; }
    }
}
