using WalletLoyalty.Passes;

namespace WalletLoyalty.CouponOffers;

public enum ClaimOutcome
{
    /// <summary>The member got the offer's coupon just now.</summary>
    Claimed,

    /// <summary>The member had claimed the offer before: the same coupon again, never a second.</summary>
    AlreadyClaimed,
    UnknownCode,
    NotStarted,
    Ended,

    /// <summary>The first N were claimed, or every code of the pattern.</summary>
    Gone,

    /// <summary>Another member claimed this code of the pattern.</summary>
    CodeUsed,

    /// <summary>The marketer voided the offer.</summary>
    Voided,
}

/// <summary>What claiming an offer answered; the coupon's pass when the member has the coupon.</summary>
public sealed record CouponClaim(ClaimOutcome Outcome, PassView? Pass = null)
{
    public bool HasCoupon => Outcome is ClaimOutcome.Claimed or ClaimOutcome.AlreadyClaimed;
}
