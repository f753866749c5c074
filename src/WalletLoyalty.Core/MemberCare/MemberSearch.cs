using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Till;

namespace WalletLoyalty.MemberCare;

/// <summary>A member as a search lists them.</summary>
public sealed record MemberListItem
{
    public long Id { get; init; }
    public string MemberNumber { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? ExternalId { get; init; }
    public string Tier { get; init; } = "";
    public long Points { get; init; }
    public DateTimeOffset JoinedAt { get; init; }
}

public sealed record MemberPage(IReadOnlyList<MemberListItem> Items, int Page, long Total);

/// <summary>
/// Finds a program's members by name, e-mail, phone, member number (or card code) or external id. Text is compared
/// with lower() on both sides and phones on their digits alone, in SQL both engines run alike. Erased members are not listed.
/// </summary>
public sealed class MemberSearch(IDatabase database)
{
    public const int PageSize = 50;

    /// <summary>Phones are typed with spaces, dashes, dots and brackets; only the digits (and a leading + dropped) are compared.</summary>
    private const string PhoneDigits =
        "replace(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', ''), '/', '')";

    private const int MinPhoneDigits = 4;

    public async Task<MemberPage> SearchAsync(string programId, string? query, string? tier, int page, CancellationToken cancellationToken)
    {
        var where = new List<string> { "program_id = @programId", "erased_at IS NULL" };
        var parameters = new DynamicParameters(new { programId });
        if (!string.IsNullOrWhiteSpace(tier))
        {
            where.Add("tier = @tier");
            parameters.Add("tier", tier);
        }
        if (!string.IsNullOrWhiteSpace(query))
        {
            where.Add("(" + string.Join(" OR ", Matches(query.Trim(), parameters)) + ")");
        }
        var filter = string.Join(" AND ", where);
        parameters.Add("pageSize", (long)PageSize);
        parameters.Add("offset", (long)(page - 1) * PageSize);
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM members WHERE {filter}", parameters, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<MemberListItem>(new CommandDefinition(
            $"""
            SELECT id AS Id, member_number AS MemberNumber, display_name AS DisplayName, first_name AS FirstName, last_name AS LastName,
                   email AS Email, phone AS Phone, external_id AS ExternalId, tier AS Tier, points_balance AS Points, joined_at AS JoinedAt
            FROM members WHERE {filter} ORDER BY id LIMIT @pageSize OFFSET @offset
            """, parameters, cancellationToken: cancellationToken));
        return new MemberPage(items.AsList(), page, total);
    }

    private static List<string> Matches(string query, DynamicParameters parameters)
    {
        var text = query.ToLowerInvariant();
        parameters.Add("text", text);
        parameters.Add("like", "%" + EscapeLike(text) + "%");
        parameters.Add("code", CardCodes.Normalize(query));
        var matches = new List<string>
        {
            @"lower(display_name) LIKE @like ESCAPE '\'",
            @"lower(first_name) LIKE @like ESCAPE '\'",
            @"lower(last_name) LIKE @like ESCAPE '\'",
            @"(lower(first_name) || ' ' || lower(last_name)) LIKE @like ESCAPE '\'",
            @"lower(email) LIKE @like ESCAPE '\'",
            "member_number = @code",
            "member_code = @code",
            "lower(external_id) = @text",
        };
        var digits = new string(query.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= MinPhoneDigits)
        {
            parameters.Add("digits", "%" + digits + "%");
            matches.Add($"{PhoneDigits} LIKE @digits");
        }
        return matches;
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
