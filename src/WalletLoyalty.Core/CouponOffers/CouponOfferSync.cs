using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.CouponOffers;

/// <summary>
/// At start, mirrors every program's coupon offers into coupon_offers, and draws the codes of an offer with a
/// pattern once: the node whose update raises codes_wanted draws them, a node starting beside it finds them drawn.
/// A count raised later draws the difference; codes already printed are never taken back.
/// </summary>
public sealed class CouponOfferSync(IDatabase database, TimeProvider time)
{
    public async Task SyncAsync(ProgramCatalog catalog)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var now = time.GetUtcNow();
        foreach (var program in catalog.All)
        {
            foreach (var offer in program.Template.Mechanics.CouponOffers ?? [])
            {
                // A first N lowered below the claims already made keeps those: the CHECK holds claimed_count <= first_n.
                await connection.ExecuteAsync(
                    """
                    INSERT INTO coupon_offers (program_id, offer_key, first_n, claimed_count, codes_wanted, created_at)
                    VALUES (@programId, @Id, @FirstN, 0, 0, @now)
                    ON CONFLICT (program_id, offer_key) DO UPDATE SET first_n = CASE
                        WHEN excluded.first_n IS NOT NULL AND coupon_offers.claimed_count > excluded.first_n THEN coupon_offers.claimed_count
                        ELSE excluded.first_n END
                    """,
                    new { programId = program.Id, offer.Id, offer.FirstN, now }, transaction);
                if (offer is { Pattern: { } pattern, Count: { } count })
                {
                    await DrawCodesAsync(connection, transaction, program.Id, offer.Id, pattern, count);
                }
            }
        }
        await transaction.CommitAsync();
    }

    private static async Task DrawCodesAsync(DbConnection connection, DbTransaction transaction, string programId, string offerKey, string pattern, int count)
    {
        var offerId = await connection.ExecuteScalarAsync<long?>(
            "UPDATE coupon_offers SET codes_wanted = @count WHERE program_id = @programId AND offer_key = @offerKey AND codes_wanted < @count RETURNING id",
            new { programId, offerKey, count }, transaction);
        if (offerId is null)
        {
            return;
        }
        var taken = (await connection.QueryAsync<string>("SELECT code FROM coupon_offer_codes WHERE program_id = @programId", new { programId }, transaction))
            .ToHashSet(StringComparer.Ordinal);
        var existing = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM coupon_offer_codes WHERE offer_id = @offerId", new { offerId }, transaction);
        var codes = OfferCodes.Draw(pattern, count - (int)existing, taken);
        await new RowValues<string>("drawn", codes)
            .Text("code", c => c)
            .ExecuteAsync(connection, transaction,
                "INSERT INTO coupon_offer_codes (offer_id, program_id, code) SELECT @offerId, @programId, d.code FROM drawn d",
                new { offerId, programId });
    }
}
