using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Members;

/// <summary>What campaigns know about a member beyond the card: the first name they are greeted by and their birthday.</summary>
public sealed record MemberProfile(long Id, string? FirstName, string? Birthday);

public sealed class MemberProfiles(IDatabase database)
{
    /// <summary>Sets the values given (null: unchanged; "": cleared); null when the program has no such member.</summary>
    public async Task<MemberProfile?> UpdateAsync(string programId, long memberId, string? firstName, string? birthday, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<MemberProfile>(
            """
            UPDATE members
            SET first_name = CASE WHEN @firstName IS NULL THEN first_name WHEN @firstName = '' THEN NULL ELSE @firstName END,
                birthday = CASE WHEN @birthday IS NULL THEN birthday WHEN @birthday = '' THEN NULL ELSE @birthday END
            WHERE id = @memberId AND program_id = @programId
            RETURNING id AS Id, first_name AS FirstName, birthday AS Birthday
            """,
            new { programId, memberId, firstName, birthday });
    }
}
