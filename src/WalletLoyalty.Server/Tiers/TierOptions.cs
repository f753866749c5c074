namespace WalletLoyalty.Server.Tiers;

/// <summary>How often the tier sweep counts every member's tier again (programs with tier perks only).</summary>
public sealed class TierOptions
{
    public const string Section = "Tiers";

    public bool SweepEnabled { get; set; } = true;

    public int SweepIntervalHours { get; set; } = 24;
}
