using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.CouponOffers;

public sealed record OfferCodeRow(string Code, bool Claimed);

/// <summary>The codes drawn to an offer's pattern, for the marketer to print.</summary>
public sealed class OfferCodeRows(IDatabase database)
{
    public async Task<IReadOnlyList<OfferCodeRow>> ListAsync(string programId, string offerKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Code, long Claimed)>(
            """
            SELECT c.code, CASE WHEN c.member_id IS NULL THEN 0 ELSE 1 END
            FROM coupon_offer_codes c JOIN coupon_offers o ON o.id = c.offer_id
            WHERE o.program_id = @programId AND o.offer_key = @offerKey ORDER BY c.code
            """,
            new { programId, offerKey });
        return [.. rows.Select(r => new OfferCodeRow(r.Code, r.Claimed != 0))];
    }
}
