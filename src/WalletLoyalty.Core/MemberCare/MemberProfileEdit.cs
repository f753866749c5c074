using System.Data.Common;
using Dapper;
using WalletLoyalty.Audit;
using WalletLoyalty.Data;

namespace WalletLoyalty.MemberCare;

/// <summary>
/// Profile values to set: null leaves a value as it is, "" clears it. Values arrive checked and cleaned
/// (<see cref="MemberProfileRules"/>).
/// </summary>
public sealed record MemberProfileChange(string? FirstName, string? LastName, string? Email, string? Phone, string? Birthday, string? ExternalId,
    bool? MarketingConsent);

public enum ProfileEditOutcome { Updated, NotFound, Erased, ExternalIdTaken }

/// <summary>
/// Staff correct a member's profile and record a change of marketing consent, with the key that made it, in
/// <c>member_consents</c> (channel <c>staff</c>); both audited in the same transaction.
/// </summary>
public sealed class MemberProfileEdit(IDatabase database, TimeProvider time)
{
    public const string Action = "member.updated";
    public const string ConsentTextVersion = "staff";

    public async Task<(ProfileEditOutcome Outcome, MemberProfileView? Profile)> UpdateAsync(
        string programId, long memberId, MemberProfileChange change, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await MemberRecords.ProfileAsync(connection, transaction, programId, memberId);
        if (before is null || before.ErasedAt is not null)
        {
            return (before is null ? ProfileEditOutcome.NotFound : ProfileEditOutcome.Erased, before);
        }
        if (change.ExternalId is { Length: > 0 } externalId && await connection.ExecuteScalarAsync<long?>(
                "SELECT id FROM members WHERE program_id = @programId AND external_id = @externalId AND id <> @memberId",
                new { programId, externalId, memberId }, transaction) is not null)
        {
            return (ProfileEditOutcome.ExternalIdTaken, before);
        }
        var consentChanged = change.MarketingConsent is { } consent && consent != before.MarketingConsent;
        try
        {
            await SetAsync(connection, transaction, memberId, change, change.MarketingConsent ?? before.MarketingConsent);
        }
        catch (Exception ex) when (database.IsUniqueViolation(ex))
        {
            // Another member took the external id since the check above; the transaction is rolled back.
            return (ProfileEditOutcome.ExternalIdTaken, before);
        }
        if (consentChanged)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO member_consents (program_id, member_id, granted, text_version, channel, api_key_id, occurred_at)
                VALUES (@programId, @memberId, @granted, @textVersion, 'staff', @apiKeyId, @now)
                """,
                new { programId, memberId, granted = change.MarketingConsent!.Value, textVersion = ConsentTextVersion, apiKeyId = actor.KeyId, now }, transaction);
        }
        await AuditTrail.RecordAsync(connection, transaction, actor, Action, $"member {memberId}", programId, now);
        var after = await MemberRecords.ProfileAsync(connection, transaction, programId, memberId);
        await transaction.CommitAsync(cancellationToken);
        return (ProfileEditOutcome.Updated, after);
    }

    private static Task SetAsync(DbConnection connection, DbTransaction transaction, long memberId,
        MemberProfileChange change, bool consent) =>
        connection.ExecuteAsync(
            """
            UPDATE members
            SET first_name = CASE WHEN @FirstName IS NULL THEN first_name WHEN @FirstName = '' THEN NULL ELSE @FirstName END,
                last_name = CASE WHEN @LastName IS NULL THEN last_name WHEN @LastName = '' THEN NULL ELSE @LastName END,
                email = CASE WHEN @Email IS NULL THEN email WHEN @Email = '' THEN NULL ELSE @Email END,
                phone = CASE WHEN @Phone IS NULL THEN phone WHEN @Phone = '' THEN NULL ELSE @Phone END,
                birthday = CASE WHEN @Birthday IS NULL THEN birthday WHEN @Birthday = '' THEN NULL ELSE @Birthday END,
                external_id = CASE WHEN @ExternalId IS NULL THEN external_id WHEN @ExternalId = '' THEN NULL ELSE @ExternalId END,
                marketing_consent = @consent
            WHERE id = @memberId
            """,
            new { change.FirstName, change.LastName, change.Email, change.Phone, change.Birthday, change.ExternalId,
                  consent, memberId }, transaction);
}
