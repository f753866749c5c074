namespace WalletLoyalty.Webhooks;

/// <summary>The events an integration can subscribe to.</summary>
public static class WebhookEventTypes
{
    public const string MemberJoined = "member.joined";
    public const string PassInstalled = "pass.installed";
    public const string PassRemoved = "pass.removed";
    public const string PointsEarned = "points.earned";
    public const string PointsRedeemed = "points.redeemed";
    public const string CouponRedeemed = "coupon.redeemed";
    public const string MemberErased = "member.erased";
    public const string ReferralRewarded = "referral.rewarded";

    public static readonly IReadOnlyList<string> All =
        [MemberJoined, PassInstalled, PassRemoved, PointsEarned, PointsRedeemed, CouponRedeemed, MemberErased, ReferralRewarded];
}
