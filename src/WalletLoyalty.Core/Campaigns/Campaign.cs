namespace WalletLoyalty.Campaigns;

public sealed record Campaign
{
    public long Id { get; init; }
    public string ProgramId { get; init; } = "";
    public string Name { get; init; } = "";
    public string Status { get; init; } = CampaignStatus.Draft;
    public AudienceFilter Audience { get; init; } = new();
    public CampaignMessage Message { get; init; } = new();
    public CampaignCoupon? Coupon { get; init; }
    public List<string> Channels { get; init; } = [];
    public CampaignTrigger Trigger { get; init; } = new();
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public CampaignDraft ToDraft() => new()
    {
        ProgramId = ProgramId, Name = Name, Audience = Audience, Message = Message, Coupon = Coupon, Channels = Channels, Trigger = Trigger,
    };
}

public static class CampaignStatus
{
    public const string Draft = "draft";
    public const string Scheduled = "scheduled";
    public const string Sending = "sending";
    public const string Paused = "paused";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public const string Missed = "missed";
}
