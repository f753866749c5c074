using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace WalletLoyalty.Server.Kpis;

/// <summary>The dashboard's tables as CSV: asked for by <c>?format=csv</c> or <c>Accept: text/csv</c>; columns in docs/kpis.md.</summary>
public static class KpiCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Whether the caller asked for CSV; a format other than json or csv is a problem.</summary>
    public static bool Wanted(HttpRequest request, string? format, Dictionary<string, string[]> errors)
    {
        switch (format)
        {
            case "csv":
                return true;
            case "json":
                return false;
            case null:
                return request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
            default:
                errors["format"] = ["must be json or csv"];
                return false;
        }
    }

    /// <summary>A header line and a line per row: numbers as plain invariant numbers, dates as yyyy-MM-dd, nothing as an empty field.</summary>
    public static FileContentHttpResult File(string fileName, IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader([.. header]);
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(value);
                }
                csv.EndRecord();
            }
        }
        return TypedResults.File(buffer.ToArray(), ContentType, fileName);
    }

    public static string Name(string program, string table, DateOnly from, DateOnly to) => $"{program}-{table}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.csv";
}
