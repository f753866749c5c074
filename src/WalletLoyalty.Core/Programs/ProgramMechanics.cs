namespace WalletLoyalty.Programs;

/// <summary>
/// The contents of templates/&lt;program&gt;/mechanics.json: the loyalty mechanics a program runs beyond points per
/// purchase. Every section is off while it is left out, so a program without the file behaves as before.
/// </summary>
public sealed class ProgramMechanics
{
    /// <summary>Coupons anyone can claim with a code from a flyer (docs/coupon-offers.md); null: none.</summary>
    public List<CouponOffers.CouponOffer>? CouponOffers { get; set; }
}
