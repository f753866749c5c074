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
    public string? Language { get; init; }

    /// <summary>The columns that fill it, from <c>members m</c>.</summary>
    public const string Columns = "m.id AS Id, m.first_name AS FirstName, m.display_name AS DisplayName, m.points_balance AS PointsBalance, m.tier AS Tier, m.language AS Language";

    public string GreetingName => string.IsNullOrWhiteSpace(FirstName) ? DisplayName : FirstName;
}

/// <summary>
/// A campaign message for one member: in the member's language where the campaign has it, with its personal
/// placeholders ({firstName}, {points}, {tier}) filled in as that language writes them.
/// </summary>
public static partial class MessageText
{
    public static readonly string[] Placeholders = ["{firstName}", "{points}", "{tier}"];

    public static CampaignMessageText Render(CampaignMessage message, RecipientFacts member, Programs.ProgramTranslations translations)
    {
        var text = message.In(member.Language);
        return new CampaignMessageText { Title = Render(text.Title, member, translations), Body = Render(text.Body, member, translations) };
    }

    public static string Render(string text, RecipientFacts member, Programs.ProgramTranslations translations) => Placeholder().Replace(text, match => match.Value switch
    {
        "{firstName}" => member.GreetingName,
        "{points}" => member.PointsBalance.ToString("N0", member.Language is null ? CultureInfo.InvariantCulture : Languages.ShopperLanguage.Culture(member.Language)),
        "{tier}" => translations.Text(member.Tier, member.Language),
        _ => match.Value,
    });

    /// <summary>The placeholders in the text that are not ours, for validation.</summary>
    public static IEnumerable<string> UnknownPlaceholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Where(p => !Placeholders.Contains(p)).Distinct();

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();
}
