using WalletLoyalty.Programs;

namespace WalletLoyalty.Tiers;

/// <summary>A purchase's points: the program's earning rule, times the member's tier percentage when the program has tier perks.</summary>
public static class TierEarning
{
    public static long PointsFor(LoyaltyProgram program, long amountMinor, string tier)
    {
        var basePoints = program.Template.Earning.PointsFor(amountMinor);
        return program.Template.Mechanics.TierPerks is { } perks ? perks.PointsFor(basePoints, tier) : basePoints;
    }
}
