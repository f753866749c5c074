using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Push;
using WalletLoyalty.Security;
using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Members;

/// <summary>What a shopper answered on the join page besides their name.</summary>
public sealed record JoinAnswers(ContactDetails Contacts, bool MarketingConsent)
{
    /// <summary>The referral link the shopper joined through, when the program runs referrals; null otherwise.</summary>
    public Referrals.ReferralClaim? Referral { get; init; }

    public static readonly JoinAnswers Nothing = new(ContactDetails.None, false);
}

/// <summary>
/// Creates a member and their store card in one transaction, with the answer to the consent question and the
/// version of its text (member_consents, channel join), granted or not, and the member.joined event.
/// </summary>
public sealed class MemberEnrolment(IDatabase database, TimeProvider time, PushSignal? signal = null)
{
    private const int Attempts = 5;

    public async Task<EnrolledPass> EnrollAsync(LoyaltyProgram program, string? source, string displayName, string language, JoinAnswers answers, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryEnrollAsync(program, source, displayName, language, answers, cancellationToken);
            }
            catch (Exception ex) when (attempt < Attempts && database.IsUniqueViolation(ex))
            {
                // A random member number collided with an existing one; draw again.
            }
        }
    }

    private async Task<EnrolledPass> TryEnrollAsync(LoyaltyProgram program, string? source, string displayName, string language, JoinAnswers answers, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var member = new Member
        {
            ProgramId = program.Id,
            MemberCode = "M" + RandomCodes.Base32(25),
            MemberNumber = RandomCodes.LuhnNumber(10),
            DisplayName = displayName,
            Source = source,
            Language = Languages.ShopperLanguage.Match(language) ?? Languages.ShopperLanguage.Default,
            Tier = program.EntryTier,
            JoinedAt = now,
        };
        var memberId = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO members (program_id, member_code, member_number, display_name, first_name, source, language, points_balance, tier, joined_at,
                                 email, phone, birthday, marketing_consent)
            VALUES (@ProgramId, @MemberCode, @MemberNumber, @DisplayName, @FirstName, @Source, @Language, 0, @Tier, @JoinedAt,
                    @Email, @Phone, @Birthday, @MarketingConsent)
            RETURNING id
            """,
            new
            {
                member.ProgramId, member.MemberCode, member.MemberNumber, member.DisplayName, FirstName = MemberNames.FirstName(displayName), member.Source,
                member.Language, member.Tier, member.JoinedAt, answers.Contacts.Email, answers.Contacts.Phone, answers.Contacts.Birthday, answers.MarketingConsent,
            },
            transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO member_consents (program_id, member_id, granted, text_version, channel, occurred_at)
            VALUES (@programId, @memberId, @granted, @version, @channel, @now)
            """,
            new { programId = program.Id, memberId, granted = answers.MarketingConsent, version = program.Template.Consent.Version, channel = Consent.ConsentChannels.Join, now },
            transaction);
        if (answers.Referral is { } referral && program.Template.Mechanics.Referral is not null)
        {
            await Referrals.ReferralJoins.RecordAsync(connection, transaction, program.Id, memberId, answers.Contacts, referral, now);
        }
        var tag = await PassChanges.NextTagAsync(connection, transaction);
        var passId = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO passes (program_id, member_id, kind, serial_number, authentication_token, version, modified_at, update_tag, created_at)
            VALUES (@programId, @memberId, 'storeCard', @serial, @token, 1, @modifiedAt, @tag, @now)
            RETURNING id
            """,
            new { programId = program.Id, memberId, serial = RandomCodes.Base32(20), token = RandomCodes.Base32(32), modifiedAt = now.ToUnixTimeSeconds(), tag, now },
            transaction);
        var pass = await connection.QuerySingleAsync<PassView>(PassView.SelectSql + " WHERE p.id = @passId", new { passId }, transaction);
        var events = await WebhookEvents.RaiseAsync(connection, transaction, program.Id, WebhookEventTypes.MemberJoined,
            new { memberId, memberNumber = member.MemberNumber, source, tier = member.Tier, language = member.Language }, now);
        await transaction.CommitAsync(cancellationToken);
        if (events > 0)
        {
            signal?.Notify();
        }
        return new EnrolledPass(member with { Id = memberId }, pass);
    }
}
