using System.Data.Common;
using Dapper;
using WalletLoyalty.Coupons;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.CouponOffers;

/// <summary>
/// Gives a member an offer's coupon and its pass in one transaction. Every limit is held by the database, so
/// nodes claiming side by side agree: the first N by a conditional count (and a CHECK), once per member by a
/// unique index, a pattern's code by one member by a conditional update. Dates are checked in the program's zone.
/// </summary>
public sealed class CouponClaims(IDatabase database, TimeProvider time)
{
    private const int Attempts = 3;

    /// <param name="code">The code typed or scanned, already normalised; for a pattern, the code to claim.</param>
    public async Task<CouponClaim> ClaimAsync(LoyaltyProgram program, CouponOffer offer, string code, long memberId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (offer.StartsAt(program.TimeZone) is { } starts && now < starts)
        {
            return new(ClaimOutcome.NotStarted);
        }
        if (offer.EndsAt(program.TimeZone) is { } ends && now >= ends)
        {
            return new(ClaimOutcome.Ended);
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryClaimAsync(program, offer, code, memberId, now, cancellationToken);
            }
            catch (Exception ex) when (attempt < Attempts && database.IsUniqueViolation(ex))
            {
                // The same member claimed at the same moment from another tap; the next attempt finds that coupon.
            }
        }
    }

    private async Task<CouponClaim> TryClaimAsync(LoyaltyProgram program, CouponOffer offer, string code, long memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(long Id, long Voided)?>(
            "SELECT id, CASE WHEN voided_at IS NULL THEN 0 ELSE 1 END FROM coupon_offers WHERE program_id = @programId AND offer_key = @offerKey",
            new { programId = program.Id, offerKey = offer.Id }, transaction);
        if (row is not { } found)
        {
            return new(ClaimOutcome.UnknownCode);
        }
        if (await PassOfAsync(connection, transaction, found.Id, memberId) is { } held)
        {
            return new(found.Voided == 0 ? ClaimOutcome.AlreadyClaimed : ClaimOutcome.Voided, held);
        }
        if (found.Voided != 0)
        {
            return new(ClaimOutcome.Voided);
        }
        if (offer.HasPattern && await TakeCodeAsync(connection, transaction, found.Id, code, memberId, now) is { } refused)
        {
            return new(refused);
        }
        var counted = await connection.ExecuteAsync(
            """
            UPDATE coupon_offers SET claimed_count = claimed_count + 1
            WHERE id = @id AND voided_at IS NULL AND (first_n IS NULL OR claimed_count < first_n)
            """,
            new { id = found.Id }, transaction);
        if (counted == 0)
        {
            return new(ClaimOutcome.Gone);
        }
        var terms = new CouponTerms(offer.Title, offer.Description, offer.ValueMinor, offer.EndsAt(program.TimeZone));
        var issued = (await CouponRows.IssueAsync(connection, transaction, program.Id, [memberId], terms, null, now))[0];
        await connection.ExecuteAsync("UPDATE coupons SET offer_id = @offerId WHERE code = @Code", new { offerId = found.Id, issued.Code }, transaction);
        var pass = await connection.QuerySingleAsync<PassView>(PassView.SelectSql + " WHERE c.code = @Code", issued, transaction);
        await transaction.CommitAsync(cancellationToken);
        return new(ClaimOutcome.Claimed, pass);
    }

    /// <summary>Takes the pattern's code for the member; the refusal when it is not one of the offer's or another member has it.</summary>
    private static async Task<ClaimOutcome?> TakeCodeAsync(DbConnection connection, DbTransaction transaction, long offerId, string code, long memberId, DateTimeOffset now)
    {
        var taken = await connection.ExecuteAsync(
            "UPDATE coupon_offer_codes SET member_id = @memberId, claimed_at = @now WHERE offer_id = @offerId AND code = @code AND member_id IS NULL",
            new { memberId, now, offerId, code }, transaction);
        if (taken == 1)
        {
            return null;
        }
        var exists = await connection.ExecuteScalarAsync<long?>(
            "SELECT id FROM coupon_offer_codes WHERE offer_id = @offerId AND code = @code", new { offerId, code }, transaction);
        return exists is null ? ClaimOutcome.UnknownCode : ClaimOutcome.CodeUsed;
    }

    private static Task<PassView?> PassOfAsync(DbConnection connection, DbTransaction transaction, long offerId, long memberId) =>
        connection.QuerySingleOrDefaultAsync<PassView>(
            PassView.SelectSql + " WHERE p.coupon_id = (SELECT id FROM coupons WHERE offer_id = @offerId AND member_id = @memberId)",
            new { offerId, memberId }, transaction);
}
