using WalletLoyalty.Coupons;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Till;

/// <summary>Categories: the product categories of the purchase (optional), for the upsell rate.</summary>
public sealed record EarnRequest(string? Code, long? AmountMinor, string? Currency, string? ReceiptId, string? StoreId = null, IReadOnlyList<string>? Categories = null);

/// <summary>A reward: the member's card and rewardId. A coupon: its own code, or the member's card and couponId (a coupon listed on the card).</summary>
public sealed record RedeemRequest(string? Code, string? RewardId, long? CouponId = null);

public sealed record ReverseRequest(string? ReceiptId, bool AllowPartial = false);

public sealed record EarnResponse(long EntryId, long PointsCredited, long Balance, string Tier)
{
    /// <summary>The friend's referral points credited with this first purchase (in Balance already); absent when none.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public long? ReferralPointsCredited { get; init; }
}

/// <summary>Kind "reward" carries the reward taken, kind "coupon" the coupon used up; the other is null.</summary>
public sealed record RedeemResponse(long EntryId, string Kind, long PointsDebited, long Balance, RewardSummary? Reward, CouponSummary? Coupon);

/// <summary>A reward of the program: what it costs in points and what it is worth.</summary>
public sealed record RewardSummary(string Id, string Name, long Points, long? ValueMinor)
{
    public static RewardSummary Of(RewardTemplate reward) => new(reward.Id, reward.Name, reward.Points, reward.ValueMinor);
}

public sealed record ReverseResponse(long EntryId, long PointsReversed, long PointsNotReversed, long Balance, string Tier);
