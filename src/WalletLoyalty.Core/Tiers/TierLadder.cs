using WalletLoyalty.Programs;

namespace WalletLoyalty.Tiers;

/// <summary>A program's tiers from the entry tier up.</summary>
public static class TierLadder
{
    public static IReadOnlyList<TierRule> Of(LoyaltyProgram program) => [.. program.Template.Tiers.OrderBy(t => t.MinPoints)];

    /// <summary>0 for the entry tier, one more per step up; -1 for a name the program does not have.</summary>
    public static int Rank(LoyaltyProgram program, string tier) => Of(program).Select(t => t.Name).ToList().IndexOf(tier);

    /// <summary>The tier above, or null at the top.</summary>
    public static TierRule? Next(LoyaltyProgram program, string tier) => Of(program).ElementAtOrDefault(Rank(program, tier) + 1);

    public static long MinPoints(LoyaltyProgram program, string tier) => Of(program).FirstOrDefault(t => t.Name == tier)?.MinPoints ?? 0;

    /// <summary>Whether a member of this tier may take the reward.</summary>
    public static bool Allows(LoyaltyProgram program, string tier, string rewardId) =>
        program.Template.Mechanics.TierPerks?.RewardTier(rewardId) is not { } lowest || Rank(program, tier) >= Rank(program, lowest);
}
