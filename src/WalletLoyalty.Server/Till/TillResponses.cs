using System.Text.Json.Serialization;
using WalletLoyalty.Coupons;
using WalletLoyalty.Till;

namespace WalletLoyalty.Server.Till;

/// <summary>GET /api/v1/till/me: the store and program the cashier key works for.</summary>
public sealed record TillKeyResponse(
    string Role, string StoreId, string StoreName, string ProgramId, string ProgramName, string Currency, IReadOnlyList<RewardSummary> Rewards);

/// <summary>GET /api/v1/till/cards/{code}: a member card or a coupon, told apart by "kind".</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(MemberCardResponse), "member")]
[JsonDerivedType(typeof(CouponCardResponse), "coupon")]
public abstract record TillCardResponse;

/// <summary>A scanned member card: the member, the rewards they could take and their usable coupons.</summary>
public sealed record MemberCardResponse(TillMember Member, IReadOnlyList<TillRewardOffer> Rewards, IReadOnlyList<CouponSummary> Coupons) : TillCardResponse;

/// <summary>A scanned coupon, with the member it belongs to.</summary>
public sealed record CouponCardResponse(CouponSummary Coupon, TillMember Member) : TillCardResponse;

/// <summary>A member as the cashier sees them: the number on the card, the balance and the tier.</summary>
public sealed record TillMember(long Id, string Name, string Number, long Points, string Tier);

/// <summary>A reward of the program and whether the member has the points for it.</summary>
public sealed record TillRewardOffer(string Id, string Name, long Points, long? ValueMinor, bool Available);
