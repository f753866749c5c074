using System.Data.Common;
using Dapper;
using WalletLoyalty.Audit;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Security;

namespace WalletLoyalty.MemberCare;

public enum CardOutcome { Done, NotFound, Erased }

/// <summary>The member's cards after a void: when it was voided and the serials voided by this call (none on a repeat).</summary>
public sealed record VoidedCard(long MemberId, DateTimeOffset CardVoidedAt, IReadOnlyList<string> VoidedSerials);

/// <summary>The card a reissue gave: its serial, the member's new number and the personal link that adds it to a wallet.</summary>
public sealed record ReissuedCard(long MemberId, string SerialNumber, string MemberNumber, string JoinLink, IReadOnlyList<string> VoidedSerials);

/// <summary>
/// Staff void a member's card (lost or stolen: Apple shows it voided, Google inactive, the till refuses its code) or
/// issue a new one, with a new serial, card code and member number, the old card voided in the same transaction.
/// </summary>
public sealed class MemberCards(IDatabase database, PassUpdates updates, TimeProvider time)
{
    public const string VoidAction = "card.voided";
    public const string ReissueAction = "card.reissued";
    private const int Attempts = 5;

    /// <summary>Idempotent: a second void answers the first's time and voids nothing more.</summary>
    public async Task<(CardOutcome Outcome, VoidedCard? Card)> VoidAsync(string programId, long memberId, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var member = await MemberRecords.ProfileAsync(connection, transaction, programId, memberId);
        if (member is null || member.ErasedAt is not null)
        {
            return (member is null ? CardOutcome.NotFound : CardOutcome.Erased, null);
        }
        var serials = await VoidCardsAsync(connection, transaction, memberId, now);
        await connection.ExecuteAsync("UPDATE members SET card_voided_at = @now WHERE id = @memberId AND card_voided_at IS NULL", new { memberId, now }, transaction);
        // As stored, so a repeat answers the same instant whatever precision the engine keeps.
        var voidedAt = await connection.ExecuteScalarAsync<DateTimeOffset>("SELECT card_voided_at FROM members WHERE id = @memberId", new { memberId }, transaction);
        if (member.CardVoidedAt is null || serials.Count > 0)
        {
            await AuditTrail.RecordAsync(connection, transaction, actor, VoidAction, $"member {memberId}: {string.Join(", ", serials)}", programId, now);
        }
        await transaction.CommitAsync(cancellationToken);
        updates.Committed();
        return (CardOutcome.Done, new VoidedCard(memberId, voidedAt, serials));
    }

    public async Task<(CardOutcome Outcome, ReissuedCard? Card)> ReissueAsync(string programId, long memberId, Actor actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryReissueAsync(programId, memberId, actor, cancellationToken);
            }
            catch (Exception ex) when (attempt < Attempts && database.IsUniqueViolation(ex))
            {
                // A random member number collided with an existing one; draw again.
            }
        }
    }

    private async Task<(CardOutcome Outcome, ReissuedCard? Card)> TryReissueAsync(string programId, long memberId, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var member = await MemberRecords.ProfileAsync(connection, transaction, programId, memberId);
        if (member is null || member.ErasedAt is not null)
        {
            return (member is null ? CardOutcome.NotFound : CardOutcome.Erased, null);
        }
        var voided = await VoidCardsAsync(connection, transaction, memberId, now);
        var memberNumber = RandomCodes.LuhnNumber(10);
        var joinLink = RandomCodes.Base32(26);
        await connection.ExecuteAsync(
            """
            UPDATE members SET member_code = @memberCode, member_number = @memberNumber, join_link = @joinLink, card_voided_at = NULL
            WHERE id = @memberId
            """,
            new { memberCode = "M" + RandomCodes.Base32(25), memberNumber, joinLink, memberId }, transaction);
        var serial = RandomCodes.Base32(20);
        var tag = await PassChanges.NextTagAsync(connection, transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO passes (program_id, member_id, kind, serial_number, authentication_token, version, modified_at, update_tag, created_at)
            VALUES (@programId, @memberId, 'storeCard', @serial, @token, 1, @modifiedAt, @tag, @now)
            """,
            new { programId, memberId, serial, token = RandomCodes.Base32(32), modifiedAt = now.ToUnixTimeSeconds(), tag, now }, transaction);
        await AuditTrail.RecordAsync(connection, transaction, actor, ReissueAction,
            $"member {memberId}: card {serial} replaces {(voided.Count == 0 ? "none" : string.Join(", ", voided))}", programId, now);
        await transaction.CommitAsync(cancellationToken);
        updates.Committed();
        return (CardOutcome.Done, new ReissuedCard(memberId, serial, memberNumber, joinLink, voided));
    }

    /// <summary>Voids the member's store cards still in use and answers their serials; the phones and Google are told.</summary>
    internal async Task<IReadOnlyList<string>> VoidCardsAsync(DbConnection connection, DbTransaction transaction, long memberId, DateTimeOffset now)
    {
        var active = (await connection.QueryAsync<string>(
            "SELECT serial_number FROM passes WHERE member_id = @memberId AND kind = 'storeCard' AND voided = FALSE ORDER BY id",
            new { memberId }, transaction)).AsList();
        if (active.Count > 0)
        {
            await updates.MemberCardsVoidedAsync(connection, transaction, memberId, now);
        }
        return active;
    }
}
