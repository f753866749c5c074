using System.Data.Common;
using Dapper;

namespace WalletLoyalty.Wallets.Google;

/// <summary>
/// Google allows 3 notifications per object per 24 hours, shared by notifying messages and notifying
/// updates. We count what we sent. Balance updates may use 2, so a marketing message always has one left.
/// </summary>
public static class GoogleNotificationQuota
{
    public const int PerDay = 3;
    public const int ForUpdates = 2;

    public static Task<long> SentInLastDayAsync(DbConnection connection, string objectId, DateTimeOffset now) =>
        connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM google_notifications WHERE object_id = @objectId AND sent_at > @since",
            new { objectId, since = now.AddDays(-1) });

    public static Task RecordAsync(DbConnection connection, string objectId, DateTimeOffset now) =>
        connection.ExecuteAsync("INSERT INTO google_notifications (object_id, sent_at) VALUES (@objectId, @now)", new { objectId, now });
}
