using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Kpis;

namespace WalletLoyalty.Server.Kpis;

/// <summary>The KPI answer's tables as CSV: the figures beside the period before, the funnel per flyer source, the tier distribution.</summary>
public static class KpiFigureTables
{
    public const string Figures = "figures";
    public const string Funnel = "funnel";
    public const string Tiers = "tiers";

    public static readonly IReadOnlyList<string> Names = [Figures, Funnel, Tiers];

    public static FileContentHttpResult Csv(string program, KpiFigures figures, string table) => table switch
    {
        Funnel => KpiCsv.File(KpiCsv.Name(program, "funnel", figures.From, figures.To),
            ["source", "joined", "installed", "first_purchase", "repeat", "revenue_minor"],
            figures.Funnel.Select(f => new object?[] { f.Source, f.Joined, f.Installed, f.FirstPurchase, f.Repeat, f.RevenueMinor })),
        Tiers => KpiCsv.File(KpiCsv.Name(program, "tiers", figures.From, figures.To), ["tier", "members"],
            figures.TierDistribution.Select(t => new object?[] { t.Tier, t.Members })),
        _ => KpiCsv.File(KpiCsv.Name(program, "kpis", figures.From, figures.To), ["figure", "value", "previous"], FigureRows(figures)),
    };

    /// <summary>Every plain number of the answer, named as in its JSON, beside the same figure of the period before.</summary>
    private static IEnumerable<object?[]> FigureRows(KpiFigures figures)
    {
        var current = JsonSerializer.SerializeToElement(figures with { Previous = null }, JsonSerializerOptions.Web);
        var previous = JsonSerializer.SerializeToElement(figures.Previous, JsonSerializerOptions.Web);
        foreach (var figure in current.EnumerateObject())
        {
            if (figure.Value.ValueKind is JsonValueKind.Number || (figure.Value.ValueKind is JsonValueKind.Null && !IsFilter(figure.Name)))
            {
                yield return [figure.Name, Number(figure.Value), previous.ValueKind == JsonValueKind.Object ? Number(previous.GetProperty(figure.Name)) : null];
            }
        }
    }

    private static bool IsFilter(string name) => name is "store" or "source" or "tier" or "nps";

    private static string? Number(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;
}
