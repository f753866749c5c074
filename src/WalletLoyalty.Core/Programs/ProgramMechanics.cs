namespace WalletLoyalty.Programs;

/// <summary>
/// The contents of templates/&lt;program&gt;/mechanics.json: the loyalty mechanics a program runs beyond points per
/// purchase. Every section is off while it is left out, so a program without the file behaves as before.
/// </summary>
public sealed class ProgramMechanics
{
    /// <summary>Earning multipliers, rewards and welcome gifts per tier, and a grace period before a drop.</summary>
    public Tiers.TierPerks? TierPerks { get; set; }

    /// <summary>Points for a member and the friend they brought, on the friend's first purchase; null: no referrals.</summary>
    public Referrals.ReferralRules? Referral { get; set; }
    /// <summary>Coupons anyone can claim with a code from a flyer (docs/coupon-offers.md); null: none.</summary>
    public List<CouponOffers.CouponOffer>? CouponOffers { get; set; }

    /// <summary>Points expire some months after they were credited, with a reminder on the card before; null: points never expire.</summary>
    public PointsExpiry.PointsExpiryRules? PointsExpiry { get; set; }
}
