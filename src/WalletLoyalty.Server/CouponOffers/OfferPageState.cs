using WalletLoyalty.CouponOffers;

namespace WalletLoyalty.Server.CouponOffers;

/// <summary>What the offer page shows: the code field, the offer with its wallet buttons, or why there is no coupon.</summary>
public enum OfferPageState { Enter, Open, UnknownCode, NotStarted, Ended, Gone, CodeUsed, Voided }

public static class OfferPageStates
{
    public static OfferPageState Of(ClaimOutcome outcome) => outcome switch
    {
        ClaimOutcome.NotStarted => OfferPageState.NotStarted,
        ClaimOutcome.Ended => OfferPageState.Ended,
        ClaimOutcome.Gone => OfferPageState.Gone,
        ClaimOutcome.CodeUsed => OfferPageState.CodeUsed,
        ClaimOutcome.Voided => OfferPageState.Voided,
        ClaimOutcome.UnknownCode => OfferPageState.UnknownCode,
        _ => OfferPageState.Open,
    };

    public static int StatusOf(ClaimOutcome outcome) => outcome switch
    {
        ClaimOutcome.UnknownCode => StatusCodes.Status404NotFound,
        ClaimOutcome.Ended or ClaimOutcome.Voided => StatusCodes.Status410Gone,
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>The key of the state's message in Languages/Texts/coupon-offers; none for the code field and the open offer.</summary>
    public static string? MessageKey(OfferPageState state) => state switch
    {
        OfferPageState.Enter or OfferPageState.Open => null,
        OfferPageState.UnknownCode => "coupon-offers.unknown-code",
        OfferPageState.NotStarted => "coupon-offers.not-started",
        OfferPageState.Ended => "coupon-offers.ended",
        OfferPageState.Gone => "coupon-offers.gone",
        OfferPageState.CodeUsed => "coupon-offers.code-used",
        _ => "coupon-offers.voided",
    };
}

/// <summary>What the offer page is drawn from: the program, the offer found by the code (if any), and the shopper's card.</summary>
public sealed record OfferPageModel(WalletLoyalty.Programs.LoyaltyProgram Program, CouponOffer? Offer, string Code, string? Source, string Token,
    bool GoogleWalletEnabled, bool HasCard);
