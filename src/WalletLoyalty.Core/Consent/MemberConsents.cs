using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Consent;

/// <summary>A member as their consent page shows them.</summary>
public sealed record MemberConsent(long MemberId, string ProgramId, bool Granted);

/// <summary>
/// Reads and changes a member's marketing consent. members.marketing_consent holds the latest answer, which
/// campaigns go by; member_consents keeps every change with the text version and where it was given.
/// </summary>
public sealed class MemberConsents(IDatabase database, TimeProvider time)
{
    /// <summary>The member whose store card the link names, when the link's key is that card's; null otherwise.</summary>
    public async Task<MemberConsent?> FindByLinkAsync(string serialNumber, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var card = await connection.QuerySingleOrDefaultAsync<(string Token, long MemberId, string ProgramId, bool Granted)>(
            """
            SELECT p.authentication_token, m.id, m.program_id, m.marketing_consent
            FROM passes p JOIN members m ON m.id = p.member_id
            WHERE p.serial_number = @serialNumber AND p.kind = 'storeCard' AND p.voided = FALSE AND m.erased_at IS NULL
            """,
            new { serialNumber });
        return card.Token is not null && ConsentLinks.IsKeyOf(serialNumber, card.Token, key)
            ? new MemberConsent(card.MemberId, card.ProgramId, card.Granted)
            : null;
    }

    /// <summary>Records the answer when it changes the member's consent; true when it did.</summary>
    public async Task<bool> SetAsync(MemberConsent member, bool granted, string textVersion, string channel, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            "UPDATE members SET marketing_consent = @granted WHERE id = @memberId AND marketing_consent <> @granted",
            new { memberId = member.MemberId, granted }, transaction);
        if (changed > 0)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO member_consents (program_id, member_id, granted, text_version, channel, occurred_at)
                VALUES (@programId, @memberId, @granted, @textVersion, @channel, @now)
                """,
                new { programId = member.ProgramId, memberId = member.MemberId, granted, textVersion, channel, now }, transaction);
        }
        await transaction.CommitAsync(cancellationToken);
        return changed > 0;
    }
}
