namespace WalletLoyalty.Campaigns;

/// <summary>
/// The members one batch of a run claimed. Every statement of the batch selects them with this subquery
/// instead of a list of ids, so a thousand members cost no more to bind than one.
/// </summary>
public sealed record RecipientBatch(long RunId, long Number)
{
    public const string MemberIds = "SELECT member_id FROM campaign_recipients WHERE run_id = @runId AND batch = @batch";

    /// <summary>The same members joined as cr, for statements that need more than their ids.</summary>
    public const string Recipients = "campaign_recipients cr WHERE cr.run_id = @runId AND cr.batch = @batch";

    public object Parameters => new { runId = RunId, batch = Number };

    /// <summary>The batch's members the channel was used for ("apple", "google", "app").</summary>
    public static string SentOn(string channel) => MemberIds + $" AND {channel} = 'sent'";
}
