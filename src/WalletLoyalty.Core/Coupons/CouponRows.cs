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
        var issued = memberIds.Select(id => new IssuedRow(id, "C" + RandomCodes.Base32(25), RandomCodes.Base32(20), RandomCodes.Base32(32))).ToList();
        await new RowValues<IssuedRow>("issued", issued)
            .Long("member_id", c => c.MemberId)
            .Text("code", c => c.Code)
            .ExecuteAsync(connection, transaction,
                """
                INSERT INTO coupons (program_id, member_id, code, title, description, value_minor, status, expires_at, issued_at, campaign_id)
                SELECT @programId, i.member_id, i.code, @Title, @Description, @ValueMinor, 'active', @ExpiresAt, @now, @campaignId FROM issued i
                """,
                new { programId, terms.Title, terms.Description, terms.ValueMinor, terms.ExpiresAt, now, campaignId });
        var tag = await PassChanges.NextTagAsync(connection, transaction);
        await new RowValues<IssuedRow>("issued", issued)
            .Text("code", c => c.Code)
            .Text("serial_number", c => c.Serial)
            .Text("authentication_token", c => c.Token)
            .ExecuteAsync(connection, transaction,
                """
                INSERT INTO passes (program_id, member_id, kind, coupon_id, serial_number, authentication_token, version, modified_at, update_tag, created_at)
                SELECT @programId, c.member_id, 'coupon', c.id, i.serial_number, i.authentication_token, 1, @modifiedAt, @tag, @now
                FROM issued i JOIN coupons c ON c.code = i.code
                """,
                new { programId, modifiedAt = now.ToUnixTimeSeconds(), tag, now });
        return issued.Select(i => new IssuedCoupon(i.MemberId, i.Code, i.Serial)).ToList();
    }

    private sealed record IssuedRow(long MemberId, string Code, string Serial, string Token);
}
