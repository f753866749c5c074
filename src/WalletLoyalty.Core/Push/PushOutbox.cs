using System.Data.Common;
using Dapper;

namespace WalletLoyalty.Push;

/// <summary>Queues pushes in the caller's transaction, so a change and the push it owes commit together.</summary>
public static class PushOutbox
{
    public const string ApnsChannel = "apns";

    /// <summary>
    /// One APNs push per device registered for any of the passes. A device that already has a pending
    /// push keeps that one: it fetches every changed pass when it wakes, so one push covers the burst.
    /// </summary>
    public static Task<int> EnqueueApplePushesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<long> passIds, string topic, DateTimeOffset now, TimeSpan coalesce) =>
        passIds.Count == 0
            ? Task.FromResult(0)
            : connection.ExecuteAsync(
                """
                INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at)
                SELECT DISTINCT 'apns', d.push_token, @topic, 'pending', 0, @due, @now
                FROM apple_registrations r
                JOIN apple_devices d ON d.device_library_identifier = r.device_library_identifier
                WHERE r.pass_id IN @passIds
                ON CONFLICT (channel, target) WHERE status = 'pending' DO NOTHING
                """,
                new { passIds, topic, now, due = now + coalesce }, transaction);
}
