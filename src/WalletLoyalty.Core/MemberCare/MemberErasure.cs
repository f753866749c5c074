using System.Data.Common;
using Dapper;
using WalletLoyalty.Audit;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Webhooks;

namespace WalletLoyalty.MemberCare;

public enum ErasureOutcome { Erased, AlreadyErased, NotFound }

/// <summary>
/// Forgets a member, as the law lets them ask: name, contacts, birthday, external id, join link, offers and
/// locations go; cards and coupons are voided on the phones (Apple) and made inactive (Google); the app's tokens go
/// at once. The ledger stays under the member's id, anonymous, so balances, totals and KPIs stay exact. A phone
/// learns of the void only by fetching the card, so its registration and push token go when it has fetched the
/// voided card (<see cref="VoidedCardFetchedAsync"/>) or, for a phone that never does, after
/// <see cref="MemberCareOptions.ErasedDeviceTokenDays"/> (<see cref="ForgetStaleDevicesAsync"/>, from the retention sweep).
/// </summary>
public sealed class MemberErasure(IDatabase database, MemberCards cards, PassUpdates updates, TimeProvider time)
{
    public const string Action = "member.erased";
    public const string ErasedProblem = "member-erased";

    /// <summary>What an erased member's voided card and Google object still print where the name was (neither takes an empty one).</summary>
    public const string ErasedName = "Member";

    public async Task<ErasureOutcome> EraseAsync(string programId, long memberId, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var member = await MemberRecords.ProfileAsync(connection, transaction, programId, memberId);
        if (member is null || member.ErasedAt is not null)
        {
            return member is null ? ErasureOutcome.NotFound : ErasureOutcome.AlreadyErased;
        }
        var coupons = await connection.QueryAsync<long>(
            "UPDATE coupons SET status = 'void' WHERE member_id = @memberId AND status = 'active' RETURNING id", new { memberId }, transaction);
        foreach (var couponId in coupons)
        {
            await updates.CouponChangedAsync(connection, transaction, couponId, voided: true, now);
        }
        await cards.VoidCardsAsync(connection, transaction, memberId, now);
        await connection.ExecuteAsync(
            """
            UPDATE members
            SET display_name = @erasedName, first_name = NULL, last_name = NULL, email = NULL, phone = NULL, birthday = NULL, external_id = NULL,
                join_link = NULL, marketing_consent = FALSE, erased_at = @now, card_voided_at = COALESCE(card_voided_at, @now)
            WHERE id = @memberId
            """,
            new { memberId, now, erasedName = ErasedName }, transaction);
        if (member.MarketingConsent)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO member_consents (program_id, member_id, granted, text_version, channel, api_key_id, occurred_at)
                VALUES (@programId, @memberId, FALSE, @textVersion, 'staff', @apiKeyId, @now)
                """,
                new { programId, memberId, textVersion = MemberProfileEdit.ConsentTextVersion, apiKeyId = actor.KeyId, now }, transaction);
        }
        await connection.ExecuteAsync("DELETE FROM member_offers WHERE member_id = @memberId", new { memberId }, transaction);
        await connection.ExecuteAsync("DELETE FROM member_locations WHERE member_id = @memberId", new { memberId }, transaction);
        await connection.ExecuteAsync("DELETE FROM app_devices WHERE member_id = @memberId", new { memberId }, transaction);
        // A survey comment is free text that may name the member; the score stays, as anonymous as the ledger.
        await connection.ExecuteAsync("UPDATE survey_answers SET comment = NULL WHERE member_id = @memberId", new { memberId }, transaction);
        await AuditTrail.RecordAsync(connection, transaction, actor, Action, $"member {memberId}", programId, now);
        await WebhookEvents.MemberErasedAsync(connection, transaction, programId, memberId, now);
        await transaction.CommitAsync(cancellationToken);
        updates.Committed(); // wakes the dispatcher for the voided cards and the webhook deliveries alike
        return ErasureOutcome.Erased;
    }


    /// <summary>
    /// A phone fetched the voided card of an erased member: it now shows the void, so the card's registrations and
    /// the push tokens of devices left with none are forgotten. A card not of an erased member is left alone.
    /// </summary>
    public async Task<int> VoidedCardFetchedAsync(long passId, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var devices = (await connection.QueryAsync<string>(
            """
            DELETE FROM apple_registrations
            WHERE pass_id = @passId AND EXISTS (
                SELECT 1 FROM passes p JOIN members m ON m.id = p.member_id WHERE p.id = @passId AND m.erased_at IS NOT NULL)
            RETURNING device_library_identifier
            """,
            new { passId }, transaction)).AsList();
        await ForgetUnregisteredDevicesAsync(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return devices.Count;
    }

    /// <summary>Forgets the registrations of members erased before the cut-off whose phones never fetched the void; answers how many.</summary>
    public async Task<long> ForgetStaleDevicesAsync(DateTimeOffset erasedBefore, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var forgotten = await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM apple_registrations WHERE pass_id IN (
                SELECT p.id FROM passes p JOIN members m ON m.id = p.member_id WHERE m.erased_at IS NOT NULL AND m.erased_at < @erasedBefore)
            """,
            new { erasedBefore }, transaction, cancellationToken: cancellationToken));
        await ForgetUnregisteredDevicesAsync(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return forgotten;
    }

    private static Task ForgetUnregisteredDevicesAsync(DbConnection connection, DbTransaction transaction) =>
        connection.ExecuteAsync(
            """
            DELETE FROM apple_devices WHERE NOT EXISTS (
                SELECT 1 FROM apple_registrations r WHERE r.device_library_identifier = apple_devices.device_library_identifier)
            """,
            transaction: transaction);
}
