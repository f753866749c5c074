using System.Data.Common;
using Dapper;
using WalletLoyalty.Members;

namespace WalletLoyalty.Referrals;

/// <summary>
/// Links a member who joined through a referral link to the member whose code it carries, in the join's transaction.
/// A self-referral (the referrer's join cookie, e-mail or phone) or an unknown code is stored with its refusal instead:
/// the friend is a member like any other, without a referrer. An address is not compared: a household shares one.
/// </summary>
public static class ReferralJoins
{
    public static async Task RecordAsync(DbConnection connection, DbTransaction transaction, string programId, long friendId, ContactDetails contacts,
        ReferralClaim claim, DateTimeOffset now)
    {
        var referrer = await connection.QuerySingleOrDefaultAsync<(long Id, string? Email, string? Phone)?>(
            """
            SELECT m.id, m.email, m.phone FROM referral_codes c JOIN members m ON m.id = c.member_id
            WHERE c.code = @code AND c.program_id = @programId AND m.erased_at IS NULL
            """,
            new { code = claim.Code, programId }, transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO referrals (friend_member_id, program_id, referrer_member_id, code, refusal, joined_at)
            VALUES (@friendId, @programId, @referrerId, @code, @refusal, @now)
            """,
            new { friendId, programId, referrerId = referrer?.Id, code = claim.Code, refusal = Refusal(referrer, contacts, claim), now }, transaction);
    }

    private static string? Refusal((long Id, string? Email, string? Phone)? referrer, ContactDetails friend, ReferralClaim claim)
    {
        if (referrer is not { } named)
        {
            return ReferralRefusals.UnknownCode;
        }
        if (claim.CookieMemberId == named.Id)
        {
            return ReferralRefusals.SameJoinCookie;
        }
        if (friend.Email is { } email && named.Email is { } referrerEmail && string.Equals(email.Trim(), referrerEmail.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return ReferralRefusals.SameEmail;
        }
        return friend.Phone is { } phone && named.Phone is { } referrerPhone && PhoneDigits.Significant(phone) is { Length: > 0 } digits
            && digits == PhoneDigits.Significant(referrerPhone)
            ? ReferralRefusals.SamePhone
            : null;
    }
}
