using Spectre.Console;
using Spectre.Console.Rendering;

namespace WalletLoyalty.Cli.Storage;

/// <summary>The checks as a table: one line per table, then the points and the members' balances.</summary>
public static class CopyReportView
{
    public static IRenderable Render(CopyReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Checks")
            .AddColumn("Check")
            .AddColumn(new TableColumn("SQLite").RightAligned())
            .AddColumn(new TableColumn("PostgreSQL").RightAligned())
            .AddColumn(new TableColumn("").Centered());
        foreach (var count in report.Tables)
        {
            var source = count.Added == 0 ? Number(count.Source) : $"{Number(count.Source)} + {Number(count.Added)} key files";
            table.AddRow(Markup.Escape($"{count.Table} rows"), source, Number(count.Target), Verdict(count.Matches));
        }
        table.AddRow("sum of members.points_balance", Number(report.SourcePoints), Number(report.TargetPoints), Verdict(report.SourcePoints == report.TargetPoints));
        var differing = report.MembersDiffering.Count == 0
            ? "all equal"
            : $"{Number(report.MembersDiffering.Count)} differ (ids {string.Join(", ", report.MembersDiffering.Take(10))}{(report.MembersDiffering.Count > 10 ? ", …" : "")})";
        table.AddRow("balance of each member", $"{Number(report.MembersCompared)} members", Markup.Escape(differing), Verdict(report.MembersDiffering.Count == 0));
        return table;
    }

    private static string Number(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Verdict(bool matches) => matches ? "[green]ok[/]" : "[red]DIFFERS[/]";
}
