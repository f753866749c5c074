namespace WalletLoyalty.MemberCare;

/// <summary>What staff see of a member: the profile and what hangs off it.</summary>
public sealed record MemberProfileView
{
    public long Id { get; init; }
    public string MemberNumber { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Birthday { get; init; }
    public string? ExternalId { get; init; }
    public bool MarketingConsent { get; init; }
    public string? Language { get; init; }
    public string? Source { get; init; }
    public long Points { get; init; }
    public string Tier { get; init; } = "";
    public DateTimeOffset JoinedAt { get; init; }
    public DateTimeOffset? LastActivityAt { get; init; }
    public DateTimeOffset? CardVoidedAt { get; init; }
    public DateTimeOffset? ErasedAt { get; init; }

    public const string Columns = """
        id AS Id, member_number AS MemberNumber, display_name AS DisplayName, first_name AS FirstName, last_name AS LastName,
        email AS Email, phone AS Phone, birthday AS Birthday, external_id AS ExternalId, marketing_consent AS MarketingConsent,
        language AS Language, source AS Source, points_balance AS Points, tier AS Tier, joined_at AS JoinedAt,
        last_activity_at AS LastActivityAt, card_voided_at AS CardVoidedAt, erased_at AS ErasedAt
        """;
}

/// <summary>A wallet card (store card or coupon pass) and where it is installed.</summary>
public sealed record MemberPassView(long Id, string Kind, string SerialNumber, bool Voided, long Version, DateTimeOffset CreatedAt,
    long? CouponId, MemberGoogleObject? Google, IReadOnlyList<MemberAppleDevice> AppleDevices);

public sealed record MemberGoogleObject(string ObjectId, DateTimeOffset InsertedAt, DateTimeOffset? SavedAt, DateTimeOffset? DeletedAt);

/// <summary>An iPhone (or Watch, iPad) the pass is registered on; the push token only in an export.</summary>
public sealed record MemberAppleDevice(string DeviceLibraryIdentifier, DateTimeOffset RegisteredAt, string? PushToken);

/// <summary>A device of the brand's app; the FCM token only in an export.</summary>
public sealed record MemberAppDevice(string Platform, DateTimeOffset CreatedAt, string? FcmToken);

public sealed record MemberCouponView
{
    public long Id { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public long? ValueMinor { get; init; }
    public string Status { get; init; } = "";
    public DateTimeOffset IssuedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public DateTimeOffset? RedeemedAt { get; init; }
    public string? RedeemedStoreId { get; init; }
    public long? CampaignId { get; init; }
}

public sealed record MemberConsentView
{
    public bool Granted { get; init; }
    public string TextVersion { get; init; } = "";
    public string Channel { get; init; } = "";
    public long? ApiKeyId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
}

public sealed record MemberLedgerEntry
{
    public long Id { get; init; }
    public string Kind { get; init; } = "";
    public long Points { get; init; }
    public long BalanceAfter { get; init; }
    public long? AmountMinor { get; init; }
    public string? Currency { get; init; }
    public string? StoreId { get; init; }
    public string? ReceiptId { get; init; }
    public string? RewardId { get; init; }
    public string? Reason { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
}

public sealed record LedgerPage(IReadOnlyList<MemberLedgerEntry> Entries, int Page, long Total);

/// <summary>A member's profile with their passes and devices, coupons, consent history and a page of their ledger.</summary>
public sealed record MemberDetails(MemberProfileView Profile, IReadOnlyList<MemberPassView> Passes, IReadOnlyList<MemberAppDevice> AppDevices,
    IReadOnlyList<MemberCouponView> Coupons, IReadOnlyList<MemberConsentView> Consents, LedgerPage Ledger);
