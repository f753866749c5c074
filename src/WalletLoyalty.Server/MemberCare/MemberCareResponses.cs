using WalletLoyalty.MemberCare;

namespace WalletLoyalty.Server.MemberCare;

/// <summary>
/// A member as staff see them: the profile, the balance and tier, and what hangs off them. NextExpiry: the next points to expire
/// (how many, when, the local day, whether the member was reminded), null where points do not expire or none are left.
/// </summary>
public sealed record MemberResponse(long Id, MemberProfileView Profile, long Points, string Tier, IReadOnlyList<MemberPassView> Passes,
    IReadOnlyList<MemberAppDevice> AppDevices, IReadOnlyList<MemberCouponView> Coupons, IReadOnlyList<MemberConsentView> Consents, LedgerPage Ledger,
    WalletLoyalty.PointsExpiry.ExpiringPoints? NextExpiry = null)
{
    public static MemberResponse Of(MemberDetails details, WalletLoyalty.PointsExpiry.ExpiringPoints? nextExpiry = null) =>
        new(details.Profile.Id, details.Profile, details.Profile.Points, details.Profile.Tier, details.Passes, details.AppDevices,
            details.Coupons, details.Consents, details.Ledger, nextExpiry);
}

/// <summary>The new card: its serial, the member's new number, and the personal link that adds it to Apple or Google Wallet.</summary>
public sealed record ReissuedCardResponse(long MemberId, string SerialNumber, string MemberNumber, string JoinLink, IReadOnlyList<string> VoidedSerials);

/// <summary>Profile values to set: a value left out (or null) stays, "" clears it.</summary>
public sealed record MemberProfileRequest(string? FirstName, string? LastName, string? Email, string? Phone, string? Birthday, string? ExternalId,
    bool? MarketingConsent);
