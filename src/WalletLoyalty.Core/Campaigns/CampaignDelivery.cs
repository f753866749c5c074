using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Options;
using WalletLoyalty.Coupons;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Push;

namespace WalletLoyalty.Campaigns;

/// <summary>
/// Delivers a campaign to one batch of members inside the caller's transaction: the cap decides who is
/// skipped, then coupons, the Apple offer field (and the pass pushes it owes), Google messages and FCM
/// notifications are written with set-based statements, and each member's outcome is recorded.
/// </summary>
public sealed class CampaignDelivery(PassUpdates passes, IOptions<CampaignOptions> options)
{
    public async Task DeliverAsync(DbConnection connection, DbTransaction transaction, CampaignRun run, Campaign campaign, LoyaltyProgram program, IReadOnlyCollection<long> memberIds, DateTimeOffset now)
    {
        var members = (await connection.QueryAsync<RecipientFacts>(
            "SELECT id AS Id, first_name AS FirstName, display_name AS DisplayName, points_balance AS PointsBalance, tier AS Tier FROM members WHERE id IN @memberIds",
            new { memberIds }, transaction)).ToDictionary(m => m.Id);
        var targets = await ChannelTargets.LoadAsync(connection, transaction, memberIds, campaign.Channels, now);
        var capped = await FrequencyCap.ReachedAsync(connection, transaction, memberIds, program.Template.Campaigns.MaxPerMemberPerWeek, now);
        var outcomes = memberIds.Select(id => RecipientOutcome.For(id, targets, capped.Contains(id))).ToList();
        var messaged = outcomes.Where(o => o.Messaged).Select(o => o.MemberId).ToList();

        var coupons = campaign.Coupon is { } coupon
            ? (await CouponRows.IssueAsync(connection, transaction, program.Id, messaged, Terms(coupon, now), campaign.Id, now)).ToDictionary(c => c.MemberId)
            : [];
        var texts = messaged.ToDictionary(id => id, id => new
        {
            Title = MessageText.Render(campaign.Message.Title, members[id]),
            Body = MessageText.Render(campaign.Message.Body, members[id]),
            Coupon = coupons.GetValueOrDefault(id),
        });

        var apple = outcomes.Where(o => o.Apple == RecipientOutcome.Sent).Select(o => o.MemberId).ToList();
        await MemberOffers.SetAsync(connection, transaction, campaign.Id,
            apple.ToDictionary(id => id, id => OfferText.Compose(texts[id].Title, texts[id].Body, CouponLink(texts[id].Coupon))),
            LocalTimes.Now(now, program.TimeZone), now);
        await passes.MembersCardsChangedAsync(connection, transaction, apple, now, campaign.Id);

        var messages = new List<OutboxDraft>();
        var offerObjects = new List<string>();
        foreach (var outcome in outcomes.Where(o => o.Messaged))
        {
            var text = texts[outcome.MemberId];
            if (outcome.Google == RecipientOutcome.Sent)
            {
                var payload = JsonSerializer.Serialize(new { header = text.Title, body = text.Body, id = $"campaign-{campaign.Id}-{run.Id}" });
                messages.AddRange(targets.Google[outcome.MemberId].Where(o => !targets.GoogleOverQuota.Contains(o))
                    .Select(objectId => new OutboxDraft(DeliveryChannels.GoogleMessage, objectId, program.Id, payload)));
                if (text.Coupon is { } issued)
                {
                    offerObjects.Add(issued.SerialNumber);
                }
            }
            if (outcome.App == RecipientOutcome.Sent)
            {
                var data = text.Coupon is { } issued
                    ? new Dictionary<string, string> { ["campaignId"] = Id(campaign), ["couponCode"] = issued.Code }
                    : new Dictionary<string, string> { ["campaignId"] = Id(campaign) };
                var payload = JsonSerializer.Serialize(new { title = text.Title, body = text.Body, data });
                messages.AddRange(targets.App[outcome.MemberId].Select(token => new OutboxDraft(DeliveryChannels.Fcm, token, program.Id, payload)));
            }
        }
        await PushOutbox.EnqueueMessagesAsync(connection, transaction, messages, now, now, campaign.Id);
        await PushOutbox.EnqueueSyncAsync(connection, transaction, DeliveryChannels.GoogleObject, offerObjects, program.Id, now, now, campaign.Id);

        var until = now.AddDays(options.Value.PurchaseWindowDays);
        await connection.ExecuteAsync(
            """
            UPDATE campaign_recipients
            SET apple = @Apple, google = @Google, app = @App, coupon_id = @CouponId, sent_at = @SentAt,
                attribution_from = @now, attribution_until = @until
            WHERE run_id = @runId AND member_id = @MemberId
            """,
            outcomes.Select(o => new
            {
                o.Apple, o.Google, o.App, o.MemberId, runId = run.Id, now, until,
                CouponId = coupons.GetValueOrDefault(o.MemberId)?.CouponId,
                SentAt = o.Messaged ? now : (DateTimeOffset?)null,
            }),
            transaction);
    }

    private static CouponTerms Terms(CampaignCoupon coupon, DateTimeOffset now) =>
        new(coupon.Title, coupon.Description, coupon.ValueMinor, now.AddDays(coupon.ValidDays));

    private string? CouponLink(IssuedCoupon? coupon) =>
        coupon is null || string.IsNullOrWhiteSpace(options.Value.CouponLinkBase)
            ? null
            : $"{options.Value.CouponLinkBase.TrimEnd('/')}/coupons/{coupon.Code}/apple";

    private static string Id(Campaign campaign) => campaign.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
