using WalletLoyalty.Campaigns;

namespace WalletLoyalty.Server.Campaigns;

/// <summary>A campaign as the API shows it (docs/campaigns-api.md).</summary>
public sealed record CampaignView(
    long Id, string ProgramId, string Name, string Status, AudienceFilter Audience, CampaignMessage Message, CampaignCoupon? Coupon,
    IReadOnlyList<string> Channels, CampaignTrigger Trigger, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, CampaignHeadline? Headline = null)
{
    public static CampaignView Of(Campaign c, CampaignHeadline? headline = null) =>
        new(c.Id, c.ProgramId, c.Name, c.Status, c.Audience, c.Message, c.Coupon, c.Channels, c.Trigger, c.CreatedAt, c.UpdatedAt, headline);
}

/// <summary>POST /api/v1/campaigns/audience-count.</summary>
public sealed record AudienceCountRequest(string? ProgramId, AudienceFilter? Audience);

/// <summary>The answer of audience-count: members the audience has now, and how many of them the hold-out keeps back.</summary>
public sealed record AudienceCountResponse(long Count, long HoldOut);
