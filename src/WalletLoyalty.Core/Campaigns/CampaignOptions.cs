namespace WalletLoyalty.Campaigns;

public sealed class CampaignOptions
{
    public const string Section = "Campaigns";

    /// <summary>
    /// A firing that comes late (the service was down or paused) still sends within this window after its
    /// scheduled time; later than that it is recorded as missed.
    /// </summary>
    public double MisfireGraceMinutes { get; set; } = 60;

    /// <summary>Members per transaction while sending; pause and cancel take effect between batches.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Purchases this many days after delivery count towards a campaign's results.</summary>
    public int PurchaseWindowDays { get; set; } = 14;

    /// <summary>The shortest gap allowed between two firings of a recurring (cron) campaign.</summary>
    public double MinCronIntervalMinutes { get; set; } = 60;

    /// <summary>Whether this node fires scheduled campaigns. Every node can; turn it off on web-only nodes.</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>Where shoppers open a coupon pass (the service's public address); unset: messages carry no link.</summary>
    public string? CouponLinkBase { get; set; }

    /// <summary>
    /// On PostgreSQL: how often each node's scheduler tells the cluster it is alive. A node silent for twice
    /// this long is taken as dead, and another node takes over the campaigns it was sending.
    /// </summary>
    public double ClusterCheckinSeconds { get; set; } = 5;

    public TimeSpan ClusterCheckin => TimeSpan.FromSeconds(ClusterCheckinSeconds);

    public TimeSpan MisfireGrace => TimeSpan.FromMinutes(MisfireGraceMinutes);
}
