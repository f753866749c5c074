using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Referrals;

/// <summary>The member a referral link on a card names, their code and how many of their friends' referrals were paid.</summary>
public sealed record ReferralMember(long MemberId, string ProgramId, string Code, long Rewarded);

/// <summary>The member's side of referrals: the page their card links to, with the code their friends join with.</summary>
public sealed class ReferralInvitations(IDatabase database, TimeProvider time)
{
    private const int Attempts = 5;

    /// <summary>The member whose store card the link names, when the link's key is that card's; null otherwise. Makes their code the first time.</summary>
    public async Task<ReferralMember?> FindByLinkAsync(string serialNumber, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var card = await connection.QuerySingleOrDefaultAsync<(string Token, long MemberId, string ProgramId)>(new CommandDefinition(
            """
            SELECT p.authentication_token, m.id, m.program_id
            FROM passes p JOIN members m ON m.id = p.member_id
            WHERE p.serial_number = @serialNumber AND p.kind = 'storeCard' AND p.voided = FALSE AND m.erased_at IS NULL
            """,
            new { serialNumber }, cancellationToken: cancellationToken));
        if (card.Token is null || !ReferralLinks.IsKeyOf(serialNumber, card.Token, key))
        {
            return null;
        }
        var code = await CodeOfAsync(card.MemberId, card.ProgramId, cancellationToken);
        var rewarded = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM referral_rewards WHERE referrer_member_id = @memberId AND outcome = 'paid'", new { memberId = card.MemberId }, cancellationToken: cancellationToken));
        return new ReferralMember(card.MemberId, card.ProgramId, code, rewarded);
    }

    /// <summary>The member's code; a new one is drawn again when it collides with another member's, and two first visits at once keep one.</summary>
    public async Task<string> CodeOfAsync(long memberId, string programId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            if (await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                "SELECT code FROM referral_codes WHERE member_id = @memberId", new { memberId }, cancellationToken: cancellationToken)) is { } code)
            {
                return code;
            }
            try
            {
                using var turn = await database.EnterWriterQueueAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO referral_codes (member_id, program_id, code, created_at) VALUES (@memberId, @programId, @code, @now)
                    ON CONFLICT (member_id) DO NOTHING
                    """,
                    new { memberId, programId, code = ReferralCodes.New(), now = time.GetUtcNow() }, cancellationToken: cancellationToken));
            }
            catch (Exception ex) when (attempt < Attempts && database.IsUniqueViolation(ex))
            {
                // Another member has the code drawn; draw again.
            }
        }
    }
}
