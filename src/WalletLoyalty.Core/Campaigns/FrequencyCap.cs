using System.Data.Common;
using Dapper;

namespace WalletLoyalty.Campaigns;

/// <summary>The program's cap on campaign messages per member in any 7 days, counted from the deliveries table.</summary>
public static class FrequencyCap
{
    public static async Task<HashSet<long>> ReachedAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<long> memberIds, int maxPerWeek, DateTimeOffset now) =>
        (await connection.QueryAsync<long>(
            """
            SELECT member_id FROM campaign_recipients
            WHERE member_id IN @memberIds AND sent_at >= @since
            GROUP BY member_id HAVING COUNT(*) >= @maxPerWeek
            """,
            new { memberIds, since = now.AddDays(-7), maxPerWeek }, transaction)).ToHashSet();
}
