namespace WalletLoyalty.Referrals;

/// <summary>A referral paid with a friend's first purchase: who got how many points, and the friend's balance after them.</summary>
public sealed record ReferralPayout(long ReferrerMemberId, long ReferrerPoints, long FriendPoints, long FriendBalance);
