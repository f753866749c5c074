using System.Diagnostics.Metrics;

namespace WalletLoyalty.Observability;

/// <summary>
/// The service's own instruments, on the one meter "WalletLoyalty". Callers record only what has been
/// committed, and a replayed idempotent answer is not recorded again.
/// </summary>
public sealed class LoyaltyMetrics
{
    public const string MeterName = "WalletLoyalty";

    private readonly Counter<long> _earns;
    private readonly Counter<long> _earnedPoints;
    private readonly Counter<long> _redemptions;
    private readonly Counter<long> _pushes;
    private readonly Counter<long> _campaignRecipients;

    public LoyaltyMetrics(IMeterFactory meters)
    {
        // The factory hands every caller asking for this name the same meter, scoped to this service provider.
        var meter = meters.Create(MeterName);
        _earns = meter.CreateCounter<long>("walletloyalty.earns", "{earn}", "Purchases credited at the till");
        _earnedPoints = meter.CreateCounter<long>("walletloyalty.earned_points", "{point}", "Points credited for purchases");
        _redemptions = meter.CreateCounter<long>("walletloyalty.redemptions", "{redemption}", "Rewards and coupons redeemed at the till, or refused");
        _pushes = meter.CreateCounter<long>("walletloyalty.pushes", "{push}", "Outbox messages finished or put back, by channel and outcome");
        _campaignRecipients = meter.CreateCounter<long>("walletloyalty.campaign.recipients", "{recipient}", "Campaign recipients processed, messaged or skipped");
    }

    public void Earned(string programId, long points)
    {
        var program = new KeyValuePair<string, object?>("program", programId);
        _earns.Add(1, program);
        _earnedPoints.Add(points, program);
    }

    /// <param name="kind"><c>reward</c> or <c>coupon</c>.</param>
    /// <param name="outcome"><c>redeemed</c>, or the refusal's problem type (<c>insufficient-points</c>, <c>already-redeemed</c>, …).</param>
    public void Redeemed(string kind, string outcome) =>
        _redemptions.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("outcome", outcome));

    /// <param name="outcome"><c>sent</c>, <c>retry</c>, <c>dropped</c> or <c>failed</c>.</param>
    public void PushesFinished(string channel, string outcome, long count) =>
        _pushes.Add(count, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("outcome", outcome));

    /// <param name="outcome"><c>messaged</c> or <c>skipped</c> (frequency cap, quiet hours, no reachable channel).</param>
    public void CampaignRecipients(long campaignId, string outcome, long count)
    {
        if (count > 0)
        {
            _campaignRecipients.Add(count, new KeyValuePair<string, object?>("campaign", campaignId), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
