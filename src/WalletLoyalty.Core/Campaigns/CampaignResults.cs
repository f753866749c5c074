namespace WalletLoyalty.Campaigns;

/// <summary>A campaign's results over all its runs, as GET /api/v1/campaigns/{id}/results answers them.</summary>
public sealed record CampaignResults
{
    public string Status { get; init; } = "";
    public ResultProgress Progress { get; init; } = new(0, 0);
    public long Audience { get; init; }
    public long HoldOut { get; init; }
    public IReadOnlyDictionary<string, ChannelResult> Channels { get; init; } = new Dictionary<string, ChannelResult>();
    public CouponResult Coupons { get; init; } = new(0, 0);

    /// <summary>Location campaigns: members whose app got the push on reporting a position near a store.</summary>
    public long NearbyPushes { get; init; }
    public PurchaseResult Purchases { get; init; } = new(0, new(0, 0, 0), new(0, 0, 0));
}

/// <summary>Members handled so far against the members to handle (the audience without its hold-out).</summary>
public sealed record ResultProgress(long Enqueued, long Total);

/// <summary>
/// sent: members the channel was used for; delivered and failed: the outbox messages of that channel
/// as their senders finished them (for Apple, one push per device); skipped: members, by reason.
/// </summary>
public sealed record ChannelResult(long Sent, long Delivered, long Failed, SkippedCounts Skipped);

public sealed record SkippedCounts(long Cap, long QuietHours, long Quota, long Consent);

public sealed record CouponResult(long Issued, long Redeemed);

/// <summary>Members who bought within Days of delivery (hold-out: of the run's start), treated against held out.</summary>
public sealed record PurchaseResult(int Days, PurchaseGroup Treated, PurchaseGroup HoldOut);

public sealed record PurchaseGroup(long Members, long Purchasers, double Rate)
{
    public static PurchaseGroup Of(long members, long purchasers) =>
        new(members, purchasers, members == 0 ? 0 : Math.Round((double)purchasers / members, 3));
}

/// <summary>The few numbers a campaign list shows per campaign.</summary>
public sealed record CampaignHeadline(long Audience, long Messaged, long Delivered, long Redeemed);
