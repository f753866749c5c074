namespace WalletLoyalty.Referrals;

/// <summary>
/// What a join brings for the referral: the code of the link the shopper came through, and the member whose card the
/// browser's join cookie names, if any (a referrer joining again on their own phone).
/// </summary>
public sealed record ReferralClaim(string Code, long? CookieMemberId);
