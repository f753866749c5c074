using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.CouponOffers;

/// <summary>Which offer a typed or scanned code belongs to: a shared code of the template, or one drawn to a pattern.</summary>
public sealed class CouponOfferLookup(IDatabase database)
{
    public const int MaxCodeLength = 40;

    public async Task<CouponOffer?> FindAsync(LoyaltyProgram program, string code, CancellationToken cancellationToken)
    {
        var offers = program.Template.Mechanics.CouponOffers;
        if (offers is null || code.Length is 0 or > MaxCodeLength)
        {
            return null;
        }
        if (offers.FirstOrDefault(o => o.Code is not null && CouponOffer.Normalize(o.Code) == code) is { } shared)
        {
            return shared;
        }
        if (!offers.Any(o => o.HasPattern))
        {
            return null;
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var key = await connection.ExecuteScalarAsync<string?>(
            "SELECT o.offer_key FROM coupon_offer_codes c JOIN coupon_offers o ON o.id = c.offer_id WHERE c.program_id = @programId AND c.code = @code",
            new { programId = program.Id, code });
        return offers.FirstOrDefault(o => o.HasPattern && o.Id == key);
    }
}
