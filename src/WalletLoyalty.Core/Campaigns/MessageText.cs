using System.Globalization;
using System.Text.RegularExpressions;

namespace WalletLoyalty.Campaigns;

/// <summary>A member as a campaign message addresses them.</summary>
public sealed class RecipientFacts
{
    public long Id { get; init; }
    public string? FirstName { get; init; }
    public string DisplayName { get; init; } = "";
    public long PointsBalance { get; init; }
    public string Tier { get; init; } = "";

    /// <summary>The columns that fill it, from <c>members m</c>.</summary>
    public const string Columns = "m.id AS Id, m.first_name AS FirstName, m.display_name AS DisplayName, m.points_balance AS PointsBalance, m.tier AS Tier";

    public string GreetingName => string.IsNullOrWhiteSpace(FirstName) ? DisplayName : FirstName;
}

/// <summary>Fills a message's personal placeholders: {firstName}, {points}, {tier}.</summary>
public static partial class MessageText
{
    public static readonly string[] Placeholders = ["{firstName}", "{points}", "{tier}"];

    public static string Render(string text, RecipientFacts member) => Placeholder().Replace(text, match => match.Value switch
    {
        "{firstName}" => member.GreetingName,
        "{points}" => member.PointsBalance.ToString("N0", CultureInfo.InvariantCulture),
        "{tier}" => member.Tier,
        _ => match.Value,
    });

    /// <summary>The placeholders in the text that are not ours, for validation.</summary>
    public static IEnumerable<string> UnknownPlaceholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Where(p => !Placeholders.Contains(p)).Distinct();

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();
}
