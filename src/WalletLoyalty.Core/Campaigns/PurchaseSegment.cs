namespace WalletLoyalty.Campaigns;

/// <summary>
/// A segment from purchase data: members whose purchases in the last <see cref="Days"/> days (those naming
/// <see cref="Category"/> when it is set; a refunded purchase is none) are at least <see cref="MinPurchases"/>
/// (1 when unset) and add up to at least <see cref="MinSpentMinor"/>.
/// </summary>
public sealed record PurchaseSegment
{
    public const int MaxDays = 730;

    public int Days { get; init; }
    public string? Category { get; init; }
    public int? MinPurchases { get; init; }
    public long? MinSpentMinor { get; init; }
}
