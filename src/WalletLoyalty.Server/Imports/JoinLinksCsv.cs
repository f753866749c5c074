using System.Text;
using WalletLoyalty.Imports;

namespace WalletLoyalty.Server.Imports;

/// <summary>Writes the personal join links of an import's members as CSV, page by page, for a mailing or SMS tool.</summary>
public static class JoinLinksCsv
{
    private const int PageSize = 5000;

    public const string Header = "external_id,first_name,last_name,email,phone,join_link";

    public static async Task WriteAsync(Stream body, JoinLinks links, long importId, string baseUrl, string programId, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(Header + "\r\n");
        long after = 0;
        while (true)
        {
            var page = await links.PageOfImportAsync(importId, after, PageSize, cancellationToken);
            foreach (var member in page)
            {
                await writer.WriteAsync(string.Join(',',
                    Field(member.ExternalId), Field(member.FirstName), Field(member.LastName), Field(member.Email),
                    Field(member.Phone, formulaSafe: true), Field(LinkOf(baseUrl, programId, member.JoinLink), formulaSafe: true)) + "\r\n");
            }
            if (page.Count < PageSize)
            {
                break;
            }
            after = page[^1].Id;
        }
        await writer.FlushAsync(cancellationToken);
    }

    public static string LinkOf(string baseUrl, string programId, string joinLink) => $"{baseUrl}/join/{programId}/card/{joinLink}";

    /// <summary>
    /// RFC 4180 quoting. Free text a spreadsheet would run as a formula is prefixed with an apostrophe; phone numbers
    /// (checked on import: digits, spaces, +, -, parentheses) and links cannot be one and stay as they are for SMS tools.
    /// </summary>
    private static string Field(string? value, bool formulaSafe = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (!formulaSafe && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
