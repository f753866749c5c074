using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Imports;

/// <summary>
/// Personal join links: each imported member's unguessable link to their own card. It leads to the program's
/// landing page as that member, so the card they add is the member record the shop already has.
/// </summary>
public sealed class JoinLinks(IDatabase database)
{
    /// <summary>The serial of the store card the link belongs to, or null for a link this program never gave out.</summary>
    public async Task<string?> CardOfAsync(string programId, string link, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(
            """
            SELECT p.serial_number FROM members m JOIN passes p ON p.member_id = m.id AND p.kind = 'storeCard' AND p.voided = FALSE
            WHERE m.join_link = @link AND m.program_id = @programId AND m.erased_at IS NULL
            ORDER BY p.id LIMIT 1
            """,
            new { programId, link });
    }

    /// <summary>The members an import created, a page at a time in id order (keyset paging keeps a big export's memory flat).</summary>
    public async Task<IReadOnlyList<LinkedMember>> PageOfImportAsync(long importId, long afterMemberId, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<LinkedMember>(
            """
            SELECT id AS Id, external_id AS ExternalId, first_name AS FirstName, last_name AS LastName, email AS Email, phone AS Phone,
                   join_link AS JoinLink
            FROM members WHERE import_id = @importId AND id > @afterMemberId AND join_link IS NOT NULL AND erased_at IS NULL
            ORDER BY id LIMIT @pageSize
            """,
            new { importId, afterMemberId, pageSize = (long)pageSize })).AsList();
    }
}

public sealed record LinkedMember
{
    public long Id { get; init; }
    public string? ExternalId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string JoinLink { get; init; } = "";
}
