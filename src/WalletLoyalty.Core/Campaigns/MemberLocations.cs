using System.Data.Common;
using Dapper;
using WalletLoyalty.Members;

namespace WalletLoyalty.Campaigns;

/// <summary>The location campaign each member's store card currently carries, the end of its window, and the home store its stores are nearest to.</summary>
public static class MemberLocations
{
    public static Task SetAsync(DbConnection connection, DbTransaction transaction, RecipientBatch batch, long campaignId, LocationWindow window, DateTimeOffset now)
    {
        var parameters = new DynamicParameters(batch.Parameters);
        parameters.AddDynamicParams(new { campaignId, text = window.RelevantText, distance = window.MaxDistance, until = window.Until, now });
        return connection.ExecuteAsync(
            $"""
            INSERT INTO member_locations (member_id, campaign_id, relevant_text, max_distance, until, home_store_id, updated_at)
            SELECT member_id, @campaignId, @text, @distance, @until, {HomeStore.Of("apple.member_id")}, @now
            FROM ({RecipientBatch.SentOn(Channels.Apple)}) apple
            WHERE true
            ON CONFLICT (member_id) DO UPDATE SET campaign_id = excluded.campaign_id, relevant_text = excluded.relevant_text,
                max_distance = excluded.max_distance, until = excluded.until, home_store_id = excluded.home_store_id,
                updated_at = excluded.updated_at
            """,
            parameters, transaction);
    }

    /// <summary>The members whose cards still carry this campaign's locations.</summary>
    public const string MembersOf = "SELECT member_id FROM member_locations WHERE campaign_id = @campaignId";

    public static Task<int> RemoveAsync(DbConnection connection, DbTransaction transaction, long campaignId) =>
        connection.ExecuteAsync("DELETE FROM member_locations WHERE campaign_id = @campaignId", new { campaignId }, transaction);
}
