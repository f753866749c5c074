namespace WalletLoyalty.Passes;

/// <summary>A pass with the member facts printed on it, as one row.</summary>
public sealed class PassView
{
    public long Id { get; init; }
    public string ProgramId { get; init; } = "";
    public long MemberId { get; init; }
    public string Kind { get; init; } = "";
    public string SerialNumber { get; init; } = "";
    public string AuthenticationToken { get; init; } = "";
    public long Version { get; init; }
    public long ModifiedAt { get; init; }
    public long UpdateTag { get; init; }

    /// <summary>
    /// Void on the wallet: the pass was voided, or it is a coupon's and the coupon is used or withdrawn, whether or
    /// not the pass row has caught up (a coupon withdrawn in the database is served void at once).
    /// </summary>
    public bool Voided { get; init; }
    public string MemberCode { get; init; } = "";
    public string MemberNumber { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public long PointsBalance { get; init; }
    public string Tier { get; init; } = "";

    /// <summary>The member's points of the last 12 months when the tier was last counted, its grace end and notice.</summary>
    public long TierPoints { get; init; }
    public DateTimeOffset? TierGraceUntil { get; init; }
    public string? TierNotice { get; init; }

    /// <summary>The member's shopper language; null for members from before it was kept.</summary>
    public string? Language { get; init; }
    public string? CouponCode { get; init; }
    public string? CouponTitle { get; init; }
    public string? CouponDescription { get; init; }
    public DateTimeOffset? CouponExpiresAt { get; init; }

    /// <summary>The member's current campaign offer, shown on the back of the store card.</summary>
    public string? Offer { get; init; }

    /// <summary>While a location campaign's window lasts: the text iOS shows near a store, and how near (metres).</summary>
    public string? LocationText { get; init; }
    public int? LocationMaxDistance { get; init; }

    /// <summary>The store the window's locations are nearest to, when the member has one.</summary>
    public string? LocationHomeStoreId { get; init; }

    /// <summary>The member's next points to expire, on a store card of a program whose points expire (<see cref="PointsExpiry.ExpiryField.LoadAsync"/>).</summary>
    public PointsExpiry.ExpiringPoints? ExpiringPoints { get; set; }

    public PassKind PassKind => PassKindNames.FromStorage(Kind);

    public DateTimeOffset LastModified => DateTimeOffset.FromUnixTimeSeconds(ModifiedAt);

    public const string SelectSql = """
        SELECT p.id AS Id, p.program_id AS ProgramId, p.member_id AS MemberId, p.kind AS Kind,
               p.serial_number AS SerialNumber, p.authentication_token AS AuthenticationToken,
               p.version AS Version, p.modified_at AS ModifiedAt, p.update_tag AS UpdateTag,
               CASE WHEN p.voided = TRUE OR c.status IN ('redeemed', 'void') THEN TRUE ELSE FALSE END AS Voided,
               COALESCE(p.voided_member_code, m.member_code) AS MemberCode,
               COALESCE(p.voided_member_number, m.member_number) AS MemberNumber, m.display_name AS DisplayName,
               m.points_balance AS PointsBalance, m.tier AS Tier, m.tier_points AS TierPoints,
               m.tier_grace_until AS TierGraceUntil, m.tier_notice AS TierNotice, m.language AS Language,
               c.code AS CouponCode, c.title AS CouponTitle, c.description AS CouponDescription, c.expires_at AS CouponExpiresAt,
               o.text AS Offer, ml.relevant_text AS LocationText, ml.max_distance AS LocationMaxDistance,
               ml.home_store_id AS LocationHomeStoreId
        FROM passes p JOIN members m ON m.id = p.member_id LEFT JOIN coupons c ON c.id = p.coupon_id
        LEFT JOIN member_offers o ON o.member_id = p.member_id
        LEFT JOIN member_locations ml ON ml.member_id = p.member_id AND p.kind = 'storeCard'
        """;
}
