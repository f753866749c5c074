using WalletLoyalty.CouponOffers;

namespace WalletLoyalty.Server.CouponOffers;

public sealed record CouponOfferList(IReadOnlyList<CouponOfferView> Offers);

/// <summary>
/// An offer as the marketer sees it: its terms, and its figures. <c>Left</c> is null without a limit; a voided
/// offer has none left. <c>ClaimUrl</c> is the flyer's link for a shared code (a pattern's codes each have their own).
/// </summary>
public sealed record CouponOfferView(
    string Id, string Title, string Description, long? ValueMinor, string? Code, string? Pattern, int? Count, long? FirstN,
    string? ValidFrom, string? ValidTo, IReadOnlyList<string> Stores, long Claimed, long Redeemed, long? Left, DateTimeOffset? VoidedAt, string? ClaimUrl)
{
    public static CouponOfferView Of(OfferCount count, string? claimUrl)
    {
        var o = count.Offer;
        return new(o.Id, o.Title, o.Description, o.ValueMinor, o.Code, o.Pattern, o.Count, o.FirstN, o.ValidFrom, o.ValidTo, o.Stores,
            count.Claimed, count.Redeemed, count.Left, count.VoidedAt, claimUrl);
    }
}

public sealed record OfferCodeList(IReadOnlyList<OfferCodeView> Codes);

public sealed record OfferCodeView(string Code, string ClaimUrl, bool Claimed);

/// <summary>What voiding answered: whether it was voided before, and how many unused coupons it voided now.</summary>
public sealed record VoidedOfferResponse(string Id, bool AlreadyVoided, long CouponsVoided);

/// <summary>The shopper's link to claim a code: the page the flyer's QR code opens.</summary>
public static class ClaimLinks
{
    public static string Path(string programId) => $"/join/{programId}/coupons";

    public static string For(string baseUrl, string programId, string code, string? source) =>
        baseUrl + Path(programId) + "?code=" + Uri.EscapeDataString(code) + (source is null ? "" : "&src=" + Uri.EscapeDataString(source));

    public static string? Shared(string baseUrl, string programId, CouponOffer offer) =>
        offer.Code is { } code ? For(baseUrl, programId, CouponOffer.Normalize(code), null) : null;
}
