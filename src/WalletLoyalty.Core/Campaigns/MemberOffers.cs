using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Campaigns;

/// <summary>The offer text on each member's store card; a new one always differs from the one it replaces.</summary>
public static class MemberOffers
{
    public static async Task SetAsync(DbConnection connection, DbTransaction transaction, RecipientBatch batch, long campaignId, IReadOnlyDictionary<long, string> texts, DateTime localNow, DateTimeOffset now)
    {
        if (texts.Count == 0)
        {
            return;
        }
        var previous = (await connection.QueryAsync<(long MemberId, string Text)>(
            $"SELECT member_id, text FROM member_offers WHERE member_id IN ({RecipientBatch.SentOn(Channels.Apple)})", batch.Parameters, transaction))
            .ToDictionary(r => r.MemberId, r => r.Text);
        var offers = texts.Select(t => (MemberId: t.Key, Text: OfferText.DifferentFrom(previous.GetValueOrDefault(t.Key), t.Value, localNow))).ToList();
        await new RowValues<(long MemberId, string Text)>("offer", offers)
            .Long("member_id", o => o.MemberId)
            .Text("text", o => o.Text)
            .ExecuteAsync(connection, transaction,
                """
                INSERT INTO member_offers (member_id, campaign_id, text, updated_at)
                SELECT o.member_id, @campaignId, o.text, @now FROM offer o WHERE TRUE
                ON CONFLICT (member_id) DO UPDATE SET campaign_id = excluded.campaign_id, text = excluded.text, updated_at = excluded.updated_at
                """,
                new { campaignId, now });
    }
}
