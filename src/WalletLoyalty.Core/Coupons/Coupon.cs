namespace WalletLoyalty.Coupons;

public sealed record Coupon
{
    public long Id { get; init; }
    public string ProgramId { get; init; } = "";
    public long MemberId { get; init; }

    /// <summary>The unguessable code in the coupon pass's barcode.</summary>
    public string Code { get; init; } = "";
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public long? ValueMinor { get; init; }
    public string Status { get; init; } = "";
    public DateTimeOffset? ExpiresAt { get; init; }
    public DateTimeOffset? RedeemedAt { get; init; }

    public const string Columns = """
        id AS Id, program_id AS ProgramId, member_id AS MemberId, code AS Code, title AS Title, description AS Description,
        value_minor AS ValueMinor, status AS Status, expires_at AS ExpiresAt, redeemed_at AS RedeemedAt
        """;

    public bool IsUsable(DateTimeOffset now) => Status == "active" && (ExpiresAt is null || ExpiresAt > now);

    public CouponSummary ToSummary() => new(Id, Code[^CouponSummary.CodeEndingLength..], Title, Description, ValueMinor, ExpiresAt, Status);
}

/// <summary>
/// A coupon as the till shows it: by id and the last characters of its code, never the whole code, which is the
/// secret of the shopper's link to the coupon's pass. The till redeems a listed coupon by its id with the member's card.
/// </summary>
public sealed record CouponSummary(long Id, string CodeEnding, string Title, string Description, long? ValueMinor, DateTimeOffset? ExpiresAt, string Status)
{
    public const int CodeEndingLength = 4;
}
