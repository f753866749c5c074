using System.Data.Common;
using Dapper;
using WalletLoyalty.Members;

namespace WalletLoyalty.Till;

public static class MemberLookup
{
    private const string Columns = """
        id AS Id, program_id AS ProgramId, member_code AS MemberCode, member_number AS MemberNumber,
        display_name AS DisplayName, source AS Source, points_balance AS PointsBalance, tier AS Tier,
        joined_at AS JoinedAt, last_activity_at AS LastActivityAt, erased_at AS ErasedAt, card_voided_at AS CardVoidedAt
        """;

    /// <summary>The program's member a card code or member number belongs to.</summary>
    public static async Task<Member?> FindAsync(DbConnection connection, DbTransaction? transaction, string programId, string code)
    {
        var normalized = CardCodes.Normalize(code);
        var column = CardCodes.IsMemberCode(normalized) ? "member_code"
            : CardCodes.IsMemberNumber(normalized) ? "member_number"
            : null;
        if (column is null)
        {
            return null;
        }
        return await connection.QuerySingleOrDefaultAsync<Member>(
            $"SELECT {Columns} FROM members WHERE program_id = @programId AND {column} = @normalized",
            new { programId, normalized }, transaction);
    }

    /// <summary>The till's refusal of a card that may no longer be used: the member was erased, or the card voided.</summary>
    public static TillAnswer? Refusal(Member member) => member switch
    {
        { ErasedAt: not null } => TillAnswer.Conflict(CardVoided, "Card voided", "This member's data was erased; the card can no longer be used."),
        { CardVoidedAt: not null } => TillAnswer.Conflict(CardVoided, "Card voided", "This card was voided; the member has been or will be given a new one."),
        _ => null,
    };

    public const string CardVoided = "card-voided";

    public static Task<Member> GetAsync(DbConnection connection, DbTransaction? transaction, long memberId) =>
        connection.QuerySingleAsync<Member>($"SELECT {Columns} FROM members WHERE id = @memberId", new { memberId }, transaction);
}
