using Dapper;
using Microsoft.Extensions.Options;
using WalletLoyalty.Data;
using WalletLoyalty.Push;

namespace WalletLoyalty.Campaigns;

/// <summary>
/// Derives results from what the pipeline recorded: skips from the recipients table, delivered and
/// failed from the outbox rows' final statuses by campaign_id (with the tallies of rows the retention sweep
/// pruned), purchases from the ledger.
/// </summary>
public sealed class CampaignResultsQuery(IDatabase database, IOptions<CampaignOptions> options)
{
    private static readonly Dictionary<string, string> OutboxChannels = new()
    {
        [PushOutbox.ApnsChannel] = Channels.Apple, [PushOutbox.GoogleMessageChannel] = Channels.Google, [PushOutbox.FcmChannel] = Channels.App,
    };

    public async Task<CampaignResults> ForAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var id = campaign.Id;
        await using var connection = await database.OpenAsync(cancellationToken);
        var runs = await connection.QuerySingleAsync<(long? Audience, long? HoldOut)>(
            "SELECT SUM(audience), SUM(hold_out) FROM campaign_runs WHERE campaign_id = @id", new { id });
        var progress = await connection.QuerySingleAsync<(long? Done, long? Total)>(
            "SELECT SUM(CASE WHEN state = 'done' THEN 1 ELSE 0 END), SUM(CASE WHEN hold_out = FALSE THEN 1 ELSE 0 END) FROM campaign_recipients WHERE campaign_id = @id",
            new { id });
        var outcomes = (await connection.QueryAsync<(string? Apple, string? Google, string? App, long Count)>(
            "SELECT apple, google, app, COUNT(*) FROM campaign_recipients WHERE campaign_id = @id AND state = 'done' GROUP BY apple, google, app",
            new { id })).ToList();
        var outbox = (await connection.QueryAsync<(string Channel, string Status, long Count)>(
            """
            SELECT channel, status, CAST(SUM(n) AS BIGINT) FROM (
                SELECT channel, status, COUNT(*) AS n FROM outbox WHERE campaign_id = @id GROUP BY channel, status
                UNION ALL SELECT channel, status, count FROM outbox_tallies WHERE campaign_id = @id) AS kept
            GROUP BY channel, status
            """, new { id }))
            .Where(r => OutboxChannels.ContainsKey(r.Channel)).ToList();
        var coupons = await connection.QuerySingleAsync<(long Issued, long? Redeemed)>(
            "SELECT COUNT(*), SUM(CASE WHEN status = 'redeemed' THEN 1 ELSE 0 END) FROM coupons WHERE campaign_id = @id", new { id });
        var nearby = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM nearby_pushes WHERE campaign_id = @id", new { id });
        var purchases = (await connection.QueryAsync<(bool HoldOut, long Members, long? Purchasers)>(
            """
            SELECT r.hold_out, COUNT(*), SUM(CASE WHEN EXISTS (
                SELECT 1 FROM ledger_entries l
                WHERE l.member_id = r.member_id AND l.kind = 'earn' AND l.occurred_at >= r.attribution_from AND l.occurred_at < r.attribution_until
            ) THEN 1 ELSE 0 END)
            FROM campaign_recipients r
            WHERE r.campaign_id = @id AND (r.hold_out = TRUE OR r.sent_at IS NOT NULL)
            GROUP BY r.hold_out
            """, new { id })).ToDictionary(r => r.HoldOut);

        long Count(Func<(string? Apple, string? Google, string? App), string?> channel, string outcome) =>
            outcomes.Where(o => channel((o.Apple, o.Google, o.App)) == outcome).Sum(o => o.Count);
        ChannelResult Channel(string name, Func<(string? Apple, string? Google, string? App), string?> column)
        {
            var rows = outbox.Where(r => OutboxChannels[r.Channel] == name).ToList();
            return new ChannelResult(
                Count(column, RecipientOutcome.Sent),
                rows.Where(r => r.Status == "sent").Sum(r => r.Count),
                rows.Where(r => r.Status is "failed" or "dropped").Sum(r => r.Count),
                new SkippedCounts(Count(column, RecipientOutcome.Cap), Count(column, RecipientOutcome.QuietHours), Count(column, RecipientOutcome.Quota),
                    Count(column, RecipientOutcome.Consent)));
        }
        PurchaseGroup Group(bool holdOut) =>
            purchases.TryGetValue(holdOut, out var g) ? PurchaseGroup.Of(g.Members, g.Purchasers ?? 0) : PurchaseGroup.Of(0, 0);

        return new CampaignResults
        {
            Status = campaign.Status,
            Progress = new ResultProgress(progress.Done ?? 0, progress.Total ?? 0),
            Audience = runs.Audience ?? 0,
            HoldOut = runs.HoldOut ?? 0,
            Channels = new Dictionary<string, ChannelResult>
            {
                [Channels.Apple] = Channel(Channels.Apple, o => o.Apple),
                [Channels.Google] = Channel(Channels.Google, o => o.Google),
                [Channels.App] = Channel(Channels.App, o => o.App),
            },
            Coupons = new CouponResult(coupons.Issued, coupons.Redeemed ?? 0),
            NearbyPushes = nearby,
            Purchases = new PurchaseResult(options.Value.PurchaseWindowDays, Group(false), Group(true)),
        };
    }

    public async Task<IReadOnlyDictionary<long, CampaignHeadline>> HeadlinesAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<long, CampaignHeadline>();
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var audience = await SumsAsync(connection, $"SELECT campaign_id, SUM(audience) FROM campaign_runs WHERE {SqlLists.In(connection, "campaign_id", "@ids")} GROUP BY campaign_id", ids);
        var messaged = await SumsAsync(connection, $"SELECT campaign_id, COUNT(*) FROM campaign_recipients WHERE {SqlLists.In(connection, "campaign_id", "@ids")} AND sent_at IS NOT NULL GROUP BY campaign_id", ids);
        var delivered = await SumsAsync(connection,
            $"""
            SELECT campaign_id, CAST(SUM(n) AS BIGINT) FROM (
                SELECT campaign_id, COUNT(*) AS n FROM outbox WHERE {SqlLists.In(connection, "campaign_id", "@ids")} AND status = 'sent' AND channel IN ('apns', 'google-message', 'fcm') GROUP BY campaign_id
                UNION ALL SELECT campaign_id, count FROM outbox_tallies WHERE {SqlLists.In(connection, "campaign_id", "@ids")} AND status = 'sent' AND channel IN ('apns', 'google-message', 'fcm')) AS kept
            GROUP BY campaign_id
            """, ids);
        var redeemed = await SumsAsync(connection, $"SELECT campaign_id, COUNT(*) FROM coupons WHERE {SqlLists.In(connection, "campaign_id", "@ids")} AND status = 'redeemed' GROUP BY campaign_id", ids);
        return ids.ToDictionary(id => id, id => new CampaignHeadline(
            audience.GetValueOrDefault(id), messaged.GetValueOrDefault(id), delivered.GetValueOrDefault(id), redeemed.GetValueOrDefault(id)));
    }

    private static async Task<Dictionary<long, long>> SumsAsync(System.Data.Common.DbConnection connection, string sql, IReadOnlyCollection<long> ids) =>
        (await connection.QueryAsync<(long Id, long Value)>(sql, new { ids })).ToDictionary(r => r.Id, r => r.Value);
}
