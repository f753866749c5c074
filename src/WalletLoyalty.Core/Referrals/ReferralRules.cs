namespace WalletLoyalty.Referrals;

/// <summary>
/// The program's referral mechanic (mechanics.json's <c>referral</c> section; off without it): a member's friend who joins
/// through the member's link and whose first purchase is at least <see cref="MinFirstPurchaseMinor"/> earns both of them
/// points, at most <see cref="MaxRewardsPerReferrer"/> times per referrer.
/// </summary>
public sealed class ReferralRules
{
    public const long MaxPoints = 100_000;
    public const int MaxRewardsCap = 1000;

    /// <summary>Points for the member whose link the friend joined through.</summary>
    public long ReferrerPoints { get; set; }

    /// <summary>Points for the friend, credited with their first qualifying purchase.</summary>
    public long FriendPoints { get; set; }

    /// <summary>The least amount, in minor units of the program's currency, the friend's first purchase must come to.</summary>
    public long MinFirstPurchaseMinor { get; set; }

    /// <summary>How many friends' rewards one referrer earns at most; friends beyond it still join, without a reward.</summary>
    public int MaxRewardsPerReferrer { get; set; } = 10;

    /// <summary>The label of the link on the back of the card that opens the member's referral page.</summary>
    public string LinkLabel { get; set; } = "Invite a friend";
}
