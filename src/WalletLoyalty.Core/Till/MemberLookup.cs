using System.Data.Common;
using Dapper;
using WalletLoyalty.Members;

namespace WalletLoyalty.Till;

public static class MemberLookup
{
    private const string Columns = """
        id AS Id, program_id AS ProgramId, member_code AS MemberCode, member_number AS MemberNumber,
        display_name AS DisplayName, source AS Source, points_balance AS PointsBalance, tier AS Tier,
        joined_at AS JoinedAt, last_activity_at AS LastActivityAt
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

    public static Task<Member> GetAsync(DbConnection connection, DbTransaction? transaction, long memberId) =>
        connection.QuerySingleAsync<Member>($"SELECT {Columns} FROM members WHERE id = @memberId", new { memberId }, transaction);
}
