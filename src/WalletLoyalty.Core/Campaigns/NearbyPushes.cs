using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;
using WalletLoyalty.Push;

namespace WalletLoyalty.Campaigns;

/// <summary>
/// The geofence trigger. The brand's app reports where the member is; while a location campaign that
/// reached the member's app is sending and its window is open, a position within the campaign's radius of
/// a store sends the campaign's message to the member's app, once per member and campaign. The campaign
/// already counted once against the member's weekly cap when its window reached them (a member it
/// skipped for the cap gets nothing here), so the push itself is that one message, never a second.
/// Quiet hours hold it back; a later report after they end can still trigger it. A member who withdrew their
/// marketing consent since the window reached them gets nothing.
/// </summary>
public sealed class NearbyPushes(IDatabase database, ProgramCatalog programs, PushSignal signal, TimeProvider time)
{
    private const string OpenCandidates = """
        SELECT DISTINCT cr.campaign_id FROM campaign_recipients cr JOIN campaigns c ON c.id = cr.campaign_id
        WHERE cr.member_id = @memberId AND cr.app = 'sent' AND c.status = 'sending'
          AND EXISTS (SELECT 1 FROM members m WHERE m.id = cr.member_id AND m.marketing_consent = TRUE)
          AND NOT EXISTS (SELECT 1 FROM nearby_pushes n WHERE n.campaign_id = cr.campaign_id AND n.member_id = cr.member_id)
        """;

    /// <summary>The pushes this report caused (none when the member is not near a store of a campaign that reaches them).</summary>
    public async Task<IReadOnlyList<NearbyPush>> ReportAsync(long memberId, double latitude, double longitude, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await DueAsync(memberId, latitude, longitude, now, cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }
        var pushed = new List<NearbyPush>();
        using (await database.EnterWriterQueueAsync(cancellationToken))
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var (campaign, program, store) in due)
            {
                if (await PushAsync(connection, transaction, memberId, campaign, program, store, now))
                {
                    pushed.Add(new NearbyPush(campaign.Id, store.Id, store.Name));
                }
            }
            await transaction.CommitAsync(cancellationToken);
        }
        if (pushed.Count > 0)
        {
            signal.Notify();
        }
        return pushed;
    }

    /// <summary>Read-only: the open campaigns whose radius around one of the program's stores contains the position.</summary>
    private async Task<List<(Campaign Campaign, LoyaltyProgram Program, StoreTemplate Store)>> DueAsync(
        long memberId, double latitude, double longitude, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var due = new List<(Campaign, LoyaltyProgram, StoreTemplate)>();
        foreach (var campaignId in await connection.QueryAsync<long>(OpenCandidates, new { memberId }))
        {
            var campaign = await CampaignStore.FindAsync(connection, null, campaignId);
            if (campaign is null || programs.Find(campaign.ProgramId) is not { } program
                || LocationWindow.Of(campaign.Trigger, program.TimeZone) is not { } window
                || now < window.From || now >= window.Until || QuietHours.EndIfQuiet(program, now) is not null
                || NearestStores.Within(program, latitude, longitude, window.MaxDistance) is not { } near)
            {
                continue;
            }
            due.Add((campaign, program, near.Store));
        }
        return due;
    }

    /// <summary>Records the push (the primary key lets only one report per member and campaign win) and queues it; false when it was already sent.</summary>
    private static async Task<bool> PushAsync(DbConnection connection, DbTransaction transaction, long memberId, Campaign campaign, LoyaltyProgram program,
        StoreTemplate store, DateTimeOffset now)
    {
        var recorded = await connection.ExecuteAsync(
            """
            INSERT INTO nearby_pushes (campaign_id, member_id, store_id, pushed_at) VALUES (@campaignId, @memberId, @storeId, @now)
            ON CONFLICT (campaign_id, member_id) DO NOTHING
            """,
            new { campaignId = campaign.Id, memberId, storeId = store.Id, now }, transaction);
        if (recorded == 0)
        {
            return false;
        }
        var member = await connection.QuerySingleAsync<RecipientFacts>(
            $"SELECT {RecipientFacts.Columns} FROM members m WHERE m.id = @memberId",
            new { memberId }, transaction);
        var coupon = await connection.QuerySingleOrDefaultAsync<string>(
            "SELECT code FROM coupons WHERE campaign_id = @campaignId AND member_id = @memberId AND status = 'active'",
            new { campaignId = campaign.Id, memberId }, transaction);
        var text = MessageText.Render(campaign.Message, member, program.Template.Translations);
        var payload = AppMessages.Notification(campaign.Id, text.Title, text.Body, coupon,
            new Dictionary<string, string> { ["kind"] = "nearby", ["storeId"] = store.Id, ["storeName"] = store.Name });
        var tokens = await connection.QueryAsync<string>("SELECT fcm_token FROM app_devices WHERE member_id = @memberId", new { memberId }, transaction);
        await PushOutbox.EnqueueMessagesAsync(connection, transaction,
            tokens.Select(token => new OutboxDraft(PushOutbox.FcmChannel, token, program.Id, payload)).ToList(), now, now, campaign.Id);
        return true;
    }
}

/// <summary>A push a location report caused: for which campaign, near which store.</summary>
public sealed record NearbyPush(long CampaignId, string StoreId, string StoreName);
