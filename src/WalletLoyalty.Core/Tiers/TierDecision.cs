using WalletLoyalty.Programs;

namespace WalletLoyalty.Tiers;

public enum TierChange { None, Upgraded, GraceStarted, Kept, Downgraded }

/// <summary>A member's tier, grace and notice after their points of the last 12 months were counted again.</summary>
public sealed record TierDecision(string Tier, DateTimeOffset? GraceUntil, string? Notice, TierChange Change)
{
    public const string GraceNotice = "grace";
    public const string DowngradeNotice = "downgrade";

    /// <param name="immediate">A reversal: points taken back were never earned, so no grace.</param>
    public static TierDecision Decide(LoyaltyProgram program, TierStanding standing, long earned, DateTimeOffset now, bool immediate)
    {
        var computed = program.TierFor(earned);
        var step = TierLadder.Rank(program, computed).CompareTo(TierLadder.Rank(program, standing.Tier));
        if (program.Template.Mechanics.TierPerks is not { } perks)
        {
            return new(computed, null, null, step > 0 ? TierChange.Upgraded : step < 0 ? TierChange.Downgraded : TierChange.None);
        }
        if (step > 0)
        {
            return new(computed, null, null, TierChange.Upgraded);
        }
        if (step == 0)
        {
            return standing.GraceUntil is null
                ? new(standing.Tier, null, standing.Notice, TierChange.None)
                : new(standing.Tier, null, null, TierChange.Kept);
        }
        if (immediate || perks.GraceDays == 0 || standing.GraceUntil <= now)
        {
            return new(computed, null, DowngradeNotice, TierChange.Downgraded);
        }
        return standing.GraceUntil is null
            ? new(standing.Tier, now.AddDays(perks.GraceDays), GraceNotice, TierChange.GraceStarted)
            : new(standing.Tier, standing.GraceUntil, standing.Notice, TierChange.None);
    }
}

/// <summary>What the members row holds about the member's tier.</summary>
public sealed class TierStanding
{
    public long MemberId { get; init; }
    public string Tier { get; init; } = "";
    public long TierPoints { get; init; }
    public DateTimeOffset? GraceUntil { get; init; }
    public string? Notice { get; init; }

    public const string Columns = "id AS MemberId, tier AS Tier, tier_points AS TierPoints, tier_grace_until AS GraceUntil, tier_notice AS Notice";
}
