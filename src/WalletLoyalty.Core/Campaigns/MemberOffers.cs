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
        await RowStatements.ExecuteEachAsync(connection, transaction,
            """
            INSERT INTO member_offers (member_id, campaign_id, text, updated_at) VALUES (@MemberId, @campaignId, @Text, @now)
            ON CONFLICT (member_id) DO UPDATE SET campaign_id = excluded.campaign_id, text = excluded.text, updated_at = excluded.updated_at
            """,
            texts.Select(t => new { MemberId = t.Key, campaignId, Text = OfferText.DifferentFrom(previous.GetValueOrDefault(t.Key), t.Value, localNow), now }));
    }
}
