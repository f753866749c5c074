using System.Data.Common;
using Dapper;

namespace WalletLoyalty.Campaigns;

/// <summary>Where each member of a batch can be reached: Apple devices, Google objects (within quota), app tokens.</summary>
public sealed class ChannelTargets
{
    /// <summary>Google allows this many notifying updates per object in 24 hours.</summary>
    public const int GoogleNotificationsPerDay = 3;

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

    public static async Task<ChannelTargets> LoadAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<long> memberIds, IReadOnlyCollection<string> channels, DateTimeOffset now)
    {
        var apple = channels.Contains(Channels.Apple)
            ? (await connection.QueryAsync<long>(
                """
                SELECT DISTINCT p.member_id FROM passes p JOIN apple_registrations r ON r.pass_id = p.id
                WHERE p.member_id IN @memberIds AND p.kind = 'storeCard' AND p.voided = 0
                """, new { memberIds }, transaction)).ToHashSet()
            : [];
        var google = channels.Contains(Channels.Google)
            ? (await connection.QueryAsync<(long MemberId, string ObjectId)>(
                """
                SELECT p.member_id, g.object_id FROM passes p JOIN google_objects g ON g.pass_id = p.id
                WHERE p.member_id IN @memberIds AND p.kind = 'storeCard' AND g.deleted_at IS NULL
                """, new { memberIds }, transaction)).ToLookup(r => r.MemberId, r => r.ObjectId)
            : Enumerable.Empty<(long, string)>().ToLookup(r => r.Item1, r => r.Item2);
        var app = channels.Contains(Channels.App)
            ? (await connection.QueryAsync<(long MemberId, string Token)>(
                "SELECT member_id, fcm_token FROM app_devices WHERE member_id IN @memberIds", new { memberIds }, transaction))
                .ToLookup(r => r.MemberId, r => r.Token)
            : Enumerable.Empty<(long, string)>().ToLookup(r => r.Item1, r => r.Item2);
        var overQuota = await GoogleOverQuotaAsync(connection, transaction, google.SelectMany(g => g).ToList(), now);
        return new ChannelTargets(apple, google, overQuota, app);
    }

    /// <summary>Objects with 3 notifications sent in the last 24 hours or waiting in the outbox.</summary>
    private static async Task<HashSet<string>> GoogleOverQuotaAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> objectIds, DateTimeOffset now)
    {
        if (objectIds.Count == 0)
        {
            return [];
        }
        var used = await connection.QueryAsync<string>(
            """
            SELECT object_id FROM (
                SELECT object_id FROM google_notifications WHERE object_id IN @objectIds AND sent_at >= @since
                UNION ALL
                SELECT target AS object_id FROM outbox
                WHERE channel = 'google-message' AND target IN @objectIds AND status IN ('pending', 'sending')
            ) used
            GROUP BY object_id HAVING COUNT(*) >= @limit
            """,
            new { objectIds, since = now.AddDays(-1), limit = GoogleNotificationsPerDay }, transaction);
        return used.ToHashSet();
    }
}
