using System.Data.Common;
using Dapper;

namespace WalletLoyalty.Campaigns;

/// <summary>The program's cap on campaign messages per member in any 7 days, counted from the deliveries table.</summary>
public static class FrequencyCap
{
    /// <summary>The batch's members who already had the maximum; the batch's own rows are not sent yet, so they do not count.</summary>
    public static async Task<HashSet<long>> ReachedAsync(DbConnection connection, DbTransaction transaction, RecipientBatch batch, int maxPerWeek, DateTimeOffset now)
    {
        var parameters = new DynamicParameters(batch.Parameters);
        parameters.AddDynamicParams(new { since = now.AddDays(-7), maxPerWeek });
        return (await connection.QueryAsync<long>(
            $"""
            SELECT member_id FROM campaign_recipients
            WHERE member_id IN ({RecipientBatch.MemberIds}) AND sent_at >= @since
            GROUP BY member_id HAVING COUNT(*) >= @maxPerWeek
            """,
            parameters, transaction)).ToHashSet();
    }
}
