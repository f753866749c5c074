using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Till;
using WalletLoyalty.Passes;

namespace WalletLoyalty.Coupons;

/// <summary>Finds a coupon's pass by the coupon's code (the secret in the shopper's link).</summary>
public sealed class CouponPasses(IDatabase database)
{
    public async Task<PassView?> FindAsync(string couponCode, CancellationToken cancellationToken)
    {
        if (!CardCodes.IsCouponCode(couponCode))
        {
            return null;
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PassView>(PassView.SelectSql + " WHERE c.code = @couponCode", new { couponCode });
    }
}
