using System.Data.Common;
using System.Text.Json;
using Dapper;
using WalletLoyalty.Data;
using Microsoft.Extensions.Options;
using WalletLoyalty.Coupons;
using WalletLoyalty.Members;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Push;

namespace WalletLoyalty.Campaigns;

/// <summary>
/// Delivers a campaign to one claimed batch inside the caller's transaction: the cap decides who is
/// skipped and each member's outcome is recorded; then coupons, the Apple offer field (and the pass
/// pushes it owes), Google messages and FCM notifications are written, set-based where they can be.
/// </summary>
public sealed class CampaignDelivery(PassUpdates passes, IOptions<CampaignOptions> options)
{
    /// <summary>
    /// Delivers the batch; with a skip reason (quiet hours a location window cannot wait out) nothing is sent and each member's channels record why.
    /// Answers how many of the batch's members got a message.
    /// </summary>
    public async Task<int> DeliverAsync(DbConnection connection, DbTransaction transaction, RecipientBatch batch, Campaign campaign, LoyaltyProgram program, DateTimeOffset now,
        string? skipAll = null)
    {
        var window = LocationWindow.Of(campaign.Trigger, program.TimeZone);
        var members = (await connection.QueryAsync<RecipientFacts>(
            $"""
            SELECT {RecipientFacts.Columns}
            FROM members m WHERE m.id IN ({RecipientBatch.MemberIds})
            """,
            batch.Parameters, transaction)).ToDictionary(m => m.Id);
        // Google Wallet no longer notifies near a place, so a location campaign uses Apple and the app only.
        var channels = window is null ? campaign.Channels : campaign.Channels.Where(c => c != Channels.Google).ToList();
        var targets = await ChannelTargets.LoadAsync(connection, transaction, batch, channels, now);
        var capped = await FrequencyCap.ReachedAsync(connection, transaction, batch, program.Template.Campaigns.MaxPerMemberPerWeek, now);
        var withdrawn = (await connection.QueryAsync<long>(
            $"SELECT m.id FROM members m WHERE m.id IN ({RecipientBatch.MemberIds}) AND m.marketing_consent = FALSE", batch.Parameters, transaction)).ToHashSet();
        var outcomes = members.Keys.Order()
            .Select(id => RecipientOutcome.For(id, targets,
                skipAll ?? (withdrawn.Contains(id) ? RecipientOutcome.Consent : capped.Contains(id) ? RecipientOutcome.Cap : null))).ToList();
        var messaged = outcomes.Where(o => o.Messaged).Select(o => o.MemberId).ToList();
        var coupons = campaign.Coupon is { } coupon
            ? (await CouponRows.IssueAsync(connection, transaction, program.Id, messaged, Terms(coupon, now), campaign.Id, now)).ToDictionary(c => c.MemberId)
            : [];
        await RecordAsync(connection, transaction, batch, outcomes, now);

        var texts = messaged.ToDictionary(id => id, id => new Rendered(
            MessageText.Render(campaign.Message, members[id], program.Template.Translations), coupons.GetValueOrDefault(id)));
        if (window is null)
        {
            await MemberOffers.SetAsync(connection, transaction, batch, campaign.Id,
                outcomes.Where(o => o.Apple == RecipientOutcome.Sent).ToDictionary(o => o.MemberId, o => texts[o.MemberId].Offer(coupon => CouponLink(coupon, "apple"))),
                LocalTimes.Now(now, program.TimeZone), now);
        }
        else
        {
            await MemberLocations.SetAsync(connection, transaction, batch, campaign.Id, window, now);
        }
        await passes.MembersCardsChangedAsync(connection, transaction, RecipientBatch.SentOn(Channels.Apple), batch.Parameters, now, campaign.Id);

        var homeStores = window is null ? [] : await HomeStoresAsync(connection, transaction, batch, campaign.Id);
        var messages = new List<OutboxDraft>();
        foreach (var outcome in outcomes.Where(o => o.Messaged))
        {
            var text = texts[outcome.MemberId];
            if (outcome.Google == RecipientOutcome.Sent)
            {
                var body = text.Coupon is { } issued && CouponLink(issued, "google") is { } link ? $"{text.Body}\n{link}" : text.Body;
                var payload = JsonSerializer.Serialize(new { header = text.Title, body, id = $"campaign-{campaign.Id}-{batch.RunId}" });
                messages.AddRange(targets.Google[outcome.MemberId].Where(o => !targets.GoogleOverQuota.Contains(o))
                    .Select(objectId => new OutboxDraft(PushOutbox.GoogleMessageChannel, objectId, program.Id, payload)));
            }
            if (outcome.App == RecipientOutcome.Sent)
            {
                var payload = window is null
                    ? AppMessages.Notification(campaign.Id, text.Title, text.Body, text.Coupon?.Code)
                    : AppMessages.WindowOpened(campaign.Id, window, NearestStores.For(program, homeStores.GetValueOrDefault(outcome.MemberId)));
                messages.AddRange(targets.App[outcome.MemberId].Select(token => new OutboxDraft(PushOutbox.FcmChannel, token, program.Id, payload)));
            }
        }
        await PushOutbox.EnqueueMessagesAsync(connection, transaction, messages, now, now, campaign.Id);
        return messaged.Count;
    }

    /// <summary>What each member of the batch got; sent_at marks those with a message, for the cap and the results.</summary>
    private async Task RecordAsync(DbConnection connection, DbTransaction transaction, RecipientBatch batch, IReadOnlyList<RecipientOutcome> outcomes, DateTimeOffset now)
    {
        var until = now.AddDays(options.Value.PurchaseWindowDays);
        await new RowValues<RecipientOutcome>("outcome", outcomes)
            .Long("member_id", o => o.MemberId)
            .Text("apple", o => o.Apple)
            .Text("google", o => o.Google)
            .Text("app", o => o.App)
            .Boolean("messaged", o => o.Messaged)
            .ExecuteAsync(connection, transaction,
                """
                UPDATE campaign_recipients
                SET apple = o.apple, google = o.google, app = o.app, sent_at = CASE WHEN o.messaged THEN @now END,
                    attribution_from = @now, attribution_until = @until
                FROM outcome o
                WHERE campaign_recipients.run_id = @runId AND campaign_recipients.member_id = o.member_id
                """,
                new { runId = batch.RunId, now, until });
    }

    /// <summary>The app members' home stores: the one just fixed on their card when they have one, else worked out.</summary>
    private static async Task<Dictionary<long, string?>> HomeStoresAsync(DbConnection connection, DbTransaction transaction, RecipientBatch batch, long campaignId)
    {
        var parameters = new DynamicParameters(batch.Parameters);
        parameters.Add("campaignId", campaignId);
        var rows = await connection.QueryAsync<(long MemberId, string? StoreId)>(
            $"""
            SELECT app.member_id, COALESCE(
                (SELECT l.home_store_id FROM member_locations l WHERE l.member_id = app.member_id AND l.campaign_id = @campaignId),
                {HomeStore.Of("app.member_id")})
            FROM ({RecipientBatch.SentOn(Channels.App)}) app
            """, parameters, transaction);
        return rows.ToDictionary(r => r.MemberId, r => r.StoreId);
    }

    private static CouponTerms Terms(CampaignCoupon coupon, DateTimeOffset now) =>
        new(coupon.Title, coupon.Description, coupon.ValueMinor, now.AddDays(coupon.ValidDays));

    /// <summary>Where the member adds their coupon pass to a wallet ("apple" or "google"); null without a public address.</summary>
    private string? CouponLink(IssuedCoupon coupon, string wallet) =>
        string.IsNullOrWhiteSpace(options.Value.CouponLinkBase) ? null : $"{options.Value.CouponLinkBase.TrimEnd('/')}/coupons/{coupon.Code}/{wallet}";

    /// <summary>A member's message with the placeholders filled, and their coupon.</summary>
    private sealed record Rendered(CampaignMessageText Text, IssuedCoupon? Coupon)
    {
        public string Title => Text.Title;
        public string Body => Text.Body;

        public string Offer(Func<IssuedCoupon, string?> link) => OfferText.Compose(Title, Body, Coupon is null ? null : link(Coupon));
    }
}

