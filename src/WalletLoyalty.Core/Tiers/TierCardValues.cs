using System.Globalization;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Tiers;

/// <summary>The tier placeholders of a loyalty card: the next tier, the points it still takes, and the tier notice.</summary>
public static class TierCardValues
{
    public static void Add(Dictionary<string, PassValue> values, PassView pass, LoyaltyProgram program)
    {
        values["{nextTier}"] = NextTier(program, pass);
        values["{pointsToNextTier}"] = PassValue.Of(PointsToNextTier(program, pass));
        values["{tierNotice}"] = Notice(program, pass);
    }

    /// <summary>The tier above the member's; at the top, their own.</summary>
    public static string NextTier(LoyaltyProgram program, PassView pass) => TierLadder.Next(program, pass.Tier)?.Name ?? pass.Tier;

    /// <summary>What the member still has to earn in 12 months for the next tier; 0 at the top.</summary>
    public static long PointsToNextTier(LoyaltyProgram program, PassView pass) =>
        TierLadder.Next(program, pass.Tier) is { } next ? Math.Max(0, next.MinPoints - pass.TierPoints) : 0;

    /// <summary>The grace or drop notice in the member's language; empty when there is none.</summary>
    public static string Notice(LoyaltyProgram program, PassView pass)
    {
        if (program.Template.Mechanics.TierPerks is not { } perks || pass.TierNotice is null)
        {
            return "";
        }
        var translations = program.Template.Translations;
        var (text, points) = pass.TierNotice == TierDecision.GraceNotice
            ? (perks.GraceNotice, Math.Max(0, TierLadder.MinPoints(program, pass.Tier) - pass.TierPoints))
            : (perks.DowngradeNotice, PointsToNextTier(program, pass));
        var date = pass.TierGraceUntil is { } until
            ? Languages.ShopperLanguage.Date(TimeZoneInfo.ConvertTime(until, program.TimeZone), pass.Language)
            : "";
        return translations.Text(text, pass.Language)
            .Replace("{tier}", translations.Text(pass.Tier, pass.Language), StringComparison.Ordinal)
            .Replace("{points}", points.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{date}", date, StringComparison.Ordinal);
    }
}
