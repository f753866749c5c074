using Dapper;
using WalletLoyalty.Audit;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;

namespace WalletLoyalty.CouponOffers;

/// <summary>What voiding an offer did: null when the program has no such offer.</summary>
public sealed record OfferVoided(bool AlreadyVoided, long CouponsVoided);

/// <summary>
/// Ends an offer at once: no more claims, every coupon of it not yet used is voided, and their passes are voided
/// on the phones (Apple, by a push) and made inactive (Google), by the pushes written in the same transaction.
/// </summary>
public sealed class CouponOfferVoiding(IDatabase database, PassUpdates updates, TimeProvider time)
{
    public const string Action = "coupon-offer.voided";

    private const string OfferCoupons = "SELECT id FROM coupons WHERE offer_id = @offerId AND status = 'void'";

    public async Task<OfferVoided?> VoidAsync(string programId, string offerKey, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var voided = await connection.ExecuteAsync(
            "UPDATE coupon_offers SET voided_at = @now WHERE program_id = @programId AND offer_key = @offerKey AND voided_at IS NULL",
            new { now, programId, offerKey }, transaction);
        var offerId = await connection.ExecuteScalarAsync<long?>(
            "SELECT id FROM coupon_offers WHERE program_id = @programId AND offer_key = @offerKey", new { programId, offerKey }, transaction);
        if (offerId is null)
        {
            return null;
        }
        var coupons = await connection.ExecuteAsync(
            "UPDATE coupons SET status = 'void' WHERE offer_id = @offerId AND status = 'active'", new { offerId }, transaction);
        await updates.CouponsChangedAsync(connection, transaction, OfferCoupons, new { offerId }, voided: true, now);
        if (voided > 0)
        {
            await AuditTrail.RecordAsync(connection, transaction, actor, Action, $"offer {offerKey}: {coupons} coupons voided", programId, now);
        }
        await transaction.CommitAsync(cancellationToken);
        updates.Committed();
        return new OfferVoided(voided == 0, coupons);
    }
}
