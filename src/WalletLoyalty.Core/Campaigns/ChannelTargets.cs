using System.Data.Common;
using Dapper;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Campaigns;

/// <summary>Where each member of a batch can be reached: Apple devices, Google objects (within quota), app tokens.</summary>
public sealed class ChannelTargets
{
    private const string GoogleObjects = """
        SELECT p.member_id AS MemberId, g.object_id AS ObjectId
        FROM campaign_recipients cr JOIN passes p ON p.member_id = cr.member_id JOIN google_objects g ON g.pass_id = p.id
        WHERE cr.run_id = @runId AND cr.batch = @batch AND p.kind = 'storeCard' AND g.deleted_at IS NULL
        """;

    private ChannelTargets(HashSet<long> apple, ILookup<long, string> google, HashSet<string> googleOverQuota, ILookup<long, string> app)
    {
        Apple = apple;
        Google = google;
        GoogleOverQuota = googleOverQuota;
        App = app;
    }

    /// <summary>Members with a store card on at least one registered Apple device.</summary>
    public HashSet<long> Apple { get; }

    /// <summary>Google loyalty object ids per member.</summary>
    public ILookup<long, string> Google { get; }

    /// <summary>Google objects that have used up their notifications for the last 24 hours.</summary>
    public HashSet<string> GoogleOverQuota { get; }

    /// <summary>FCM registration tokens per member.</summary>
    public ILookup<long, string> App { get; }

    public static async Task<ChannelTargets> LoadAsync(DbConnection connection, DbTransaction transaction, RecipientBatch batch, IReadOnlyCollection<string> channels, DateTimeOffset now)
    {
        var none = Enumerable.Empty<(long, string)>().ToLookup(r => r.Item1, r => r.Item2);
        var apple = channels.Contains(Channels.Apple)
            ? (await connection.QueryAsync<long>(
                """
                SELECT DISTINCT p.member_id
                FROM campaign_recipients cr JOIN passes p ON p.member_id = cr.member_id JOIN apple_registrations r ON r.pass_id = p.id
                WHERE cr.run_id = @runId AND cr.batch = @batch AND p.kind = 'storeCard' AND p.voided = FALSE
                """, batch.Parameters, transaction)).ToHashSet()
            : [];
        var google = channels.Contains(Channels.Google)
            ? (await connection.QueryAsync<(long MemberId, string ObjectId)>(GoogleObjects, batch.Parameters, transaction)).ToLookup(r => r.MemberId, r => r.ObjectId)
            : none;
        var app = channels.Contains(Channels.App)
            ? (await connection.QueryAsync<(long MemberId, string Token)>(
                "SELECT d.member_id, d.fcm_token FROM campaign_recipients cr JOIN app_devices d ON d.member_id = cr.member_id WHERE cr.run_id = @runId AND cr.batch = @batch",
                batch.Parameters, transaction)).ToLookup(r => r.MemberId, r => r.Token)
            : none;
        var overQuota = google.Count == 0 ? [] : await GoogleOverQuotaAsync(connection, transaction, batch, now);
        return new ChannelTargets(apple, google, overQuota, app);
    }

    /// <summary>The batch's Google objects with 3 notifications sent in the last 24 hours or waiting in the outbox.</summary>
    private static async Task<HashSet<string>> GoogleOverQuotaAsync(DbConnection connection, DbTransaction transaction, RecipientBatch batch, DateTimeOffset now)
    {
        var parameters = new DynamicParameters(batch.Parameters);
        parameters.AddDynamicParams(new { since = now.AddDays(-1), limit = GoogleNotificationQuota.PerDay });
        var objects = $"SELECT ObjectId FROM ({GoogleObjects}) batch_objects";
        var used = await connection.QueryAsync<string>(
            $"""
            SELECT object_id FROM (
                SELECT n.object_id FROM google_notifications n WHERE n.sent_at >= @since AND n.object_id IN ({objects})
                UNION ALL
                SELECT o.target AS object_id FROM outbox o
                WHERE o.payload IS NOT NULL AND o.channel = 'google-message' AND o.status IN ('pending', 'sending') AND o.target IN ({objects})
            ) used
            GROUP BY object_id HAVING COUNT(*) >= @limit
            """,
            parameters, transaction);
        return used.ToHashSet();
    }
}
