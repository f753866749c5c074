using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Members;

namespace WalletLoyalty.Till;

/// <summary>A member whose phone number matched, with only the last digits of it, for the cashier to confirm with the customer.</summary>
public sealed record PhoneMatch(string MemberNumber, string Name, long Points, string Tier, string PhoneEnding);

/// <summary>
/// Finds a member by the phone number the customer reads out when their own phone is flat. Numbers match on
/// their digits (<see cref="PhoneDigits"/>), so spaces, dashes and a national or international prefix do not matter.
/// </summary>
public sealed class PhoneLookup(IDatabase database)
{
    /// <summary>More matches than this means the number is too short to tell members apart.</summary>
    public const int MaxMatches = 5;

    public async Task<IReadOnlyList<PhoneMatch>> FindAsync(string programId, string phone, CancellationToken cancellationToken)
    {
        var digits = PhoneDigits.Significant(phone);
        var stored = PhoneDigits.SqlOf("m.phone");
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Number, string Name, long Points, string Tier, string Phone)>(
            $"""
            SELECT m.member_number, m.display_name, m.points_balance, m.tier, m.phone
            FROM members m
            WHERE m.program_id = @programId AND m.phone IS NOT NULL AND m.erased_at IS NULL
              AND ({stored} LIKE @endsWith OR (LENGTH({stored}) >= @minimum AND @digits LIKE '%' || {stored}))
            ORDER BY m.id
            LIMIT @limit
            """,
            new { programId, digits, endsWith = "%" + digits, minimum = (long)ContactRules.MinPhoneDigits, limit = (long)MaxMatches + 1 });
        return rows.Select(r => new PhoneMatch(r.Number, r.Name, r.Points, r.Tier, Ending(r.Phone))).ToList();
    }

    private static string Ending(string phone)
    {
        var digits = PhoneDigits.Of(phone);
        return digits.Length <= 3 ? digits : digits[^3..];
    }
}
