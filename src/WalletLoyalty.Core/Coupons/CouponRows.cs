using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Security;

namespace WalletLoyalty.Coupons;

/// <summary>What a coupon offers; each member it is issued to gets their own code and pass.</summary>
public sealed record CouponTerms(string Title, string Description, long? ValueMinor, DateTimeOffset? ExpiresAt);

/// <summary>A coupon just issued: its holder, code and the serial number of its coupon pass.</summary>
public sealed record IssuedCoupon(long MemberId, string Code, string SerialNumber);

/// <summary>Issues coupons and their passes inside the caller's transaction, for one member or a campaign batch.</summary>
public static class CouponRows
{
    public static async Task<IReadOnlyList<IssuedCoupon>> IssueAsync(
        DbConnection connection, DbTransaction transaction, string programId, IReadOnlyCollection<long> memberIds, CouponTerms terms, long? campaignId, DateTimeOffset now)
    {
        if (memberIds.Count == 0)
        {
            return [];
        }
        var codes = memberIds.ToDictionary(id => id, _ => "C" + RandomCodes.Base32(25));
        await RowStatements.ExecuteEachAsync(connection, transaction,
            """
            INSERT INTO coupons (program_id, member_id, code, title, description, value_minor, status, expires_at, issued_at, campaign_id)
            VALUES (@programId, @MemberId, @Code, @Title, @Description, @ValueMinor, 'active', @ExpiresAt, @now, @campaignId)
            """,
            codes.Select(c => new { programId, MemberId = c.Key, Code = c.Value, terms.Title, terms.Description, terms.ValueMinor, terms.ExpiresAt, now, campaignId }));
        var tag = await PassChanges.NextTagAsync(connection, transaction);
        var passes = codes.Select(c => new { programId, MemberId = c.Key, Code = c.Value, Serial = RandomCodes.Base32(20), token = RandomCodes.Base32(32), modifiedAt = now.ToUnixTimeSeconds(), tag, now }).ToList();
        await RowStatements.ExecuteEachAsync(connection, transaction,
            """
            INSERT INTO passes (program_id, member_id, kind, coupon_id, serial_number, authentication_token, version, modified_at, update_tag, created_at)
            VALUES (@programId, @MemberId, 'coupon', (SELECT id FROM coupons WHERE code = @Code), @Serial, @token, 1, @modifiedAt, @tag, @now)
            """,
            passes);
        return passes.Select(p => new IssuedCoupon(p.MemberId, p.Code, p.Serial)).ToList();
    }
}
