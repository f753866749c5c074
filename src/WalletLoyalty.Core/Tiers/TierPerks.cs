using WalletLoyalty.Programs;

namespace WalletLoyalty.Tiers;

/// <summary>
/// mechanics.tierPerks: what each tier is worth beyond its name, and how long a member keeps a tier they no
/// longer earn. Without it tiers only follow the points earned in the last 12 months, as they always did.
/// </summary>
public sealed class TierPerks
{
    public List<TierPerk> Perks { get; set; } = [];

    /// <summary>How long a member keeps a tier after their points of the last 12 months fall below it (0: they drop at once).</summary>
    public int GraceDays { get; set; } = 30;

    /// <summary>Shown on the card when the grace period starts; {tier}, {points} (still to earn) and {date} (its end) are filled in.</summary>
    public string GraceNotice { get; set; } = "Keep your {tier} status: earn {points} more points by {date}.";

    /// <summary>Shown on the card after a drop; {tier} is the new tier, {points} what it takes to move up again.</summary>
    public string DowngradeNotice { get; set; } = "Your card is now {tier}. {points} more points take you up again.";

    public TierPerk? For(string tier) => Perks.FirstOrDefault(p => p.Tier == tier);

    /// <summary>A purchase's points in the member's tier: the base points times the tier's earning percentage, rounded down.</summary>
    public long PointsFor(long basePoints, string tier) => checked(basePoints * (For(tier)?.EarnPercent ?? 100) / 100);

    /// <summary>The lowest tier that may take the reward; null when every member may.</summary>
    public string? RewardTier(string rewardId) => Perks.FirstOrDefault(p => p.Rewards.Contains(rewardId, StringComparer.Ordinal))?.Tier;
}

public sealed class TierPerk
{
    public string Tier { get; set; } = "";

    /// <summary>Points earned on a purchase, in percent of the earning rule's (150: one and a half times).</summary>
    public int EarnPercent { get; set; } = 100;

    /// <summary>Points given once per member on first reaching this tier.</summary>
    public long WelcomePoints { get; set; }

    /// <summary>Reward ids only members of this tier and above may take.</summary>
    public List<string> Rewards { get; set; } = [];
}
