using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Push;

/// <summary>Queues pushes in the caller's transaction, so a change and the push it owes commit together.</summary>
public static class PushOutbox
{
    public const string ApnsChannel = "apns";
    public const string GoogleObjectChannel = "google-object";
    public const string GoogleClassChannel = "google-class";
    public const string GoogleMessageChannel = "google-message";
    public const string FcmChannel = "fcm";
    public const string WebhookChannel = "webhook";

    private const string ApplePushes = """
        INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at, campaign_id)
        SELECT DISTINCT 'apns', d.push_token, @topic, 'pending', 0, @due, @now, @campaignId
        FROM apple_registrations r
        JOIN apple_devices d ON d.device_library_identifier = r.device_library_identifier
        WHERE {0}
        ON CONFLICT (channel, target) WHERE status = 'pending' AND payload IS NULL
        DO UPDATE SET campaign_id = COALESCE(outbox.campaign_id, excluded.campaign_id)
        """;

    /// <summary>
    /// One APNs push per device registered for any of the passes. A device that already has a pending
    /// push keeps that one: it fetches every changed pass when it wakes, so one push covers the burst.
    /// A campaign's push is attributed to it, or to the first campaign that joined a pending push.
    /// </summary>
    public static Task<int> EnqueueApplePushesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<long> passIds, string topic, DateTimeOffset now, TimeSpan coalesce, long? campaignId = null) =>
        passIds.Count == 0
            ? Task.FromResult(0)
            : connection.ExecuteAsync(
                string.Format(System.Globalization.CultureInfo.InvariantCulture, ApplePushes, SqlLists.In(connection, "r.pass_id", "@passIds")),
                new { passIds, topic, now, due = now + coalesce, campaignId }, transaction);

    /// <summary>The same for the loyalty cards of the members a subquery selects (SQL written by the caller).</summary>
    public static Task<int> EnqueueApplePushesForMembersAsync(
        DbConnection connection, DbTransaction transaction, string memberIdsSql, object memberParameters, string topic, DateTimeOffset now, TimeSpan coalesce, long? campaignId)
    {
        var parameters = new DynamicParameters(memberParameters);
        parameters.AddDynamicParams(new { topic, now, due = now + coalesce, campaignId });
        var passes = $"(SELECT id FROM passes WHERE member_id IN ({memberIdsSql}) AND kind = 'storeCard' AND voided = FALSE)";
        return connection.ExecuteAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, ApplePushes, "r.pass_id IN " + passes), parameters, transaction);
    }

    /// <summary>One message to one target (e.g. an FCM notification); never coalesced with others.</summary>
    public static Task EnqueueMessageAsync(DbConnection connection, DbTransaction transaction, string channel, string target, string topic, string payload, DateTimeOffset due, DateTimeOffset now, long? campaignId = null) =>
        EnqueueMessagesAsync(connection, transaction, [new OutboxDraft(channel, target, topic, payload)], due, now, campaignId);

    /// <summary>Many messages in one go (a campaign batch), each delivered on its own.</summary>
    public static Task EnqueueMessagesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxDraft> messages, DateTimeOffset due, DateTimeOffset now, long? campaignId = null) =>
        new RowValues<OutboxDraft>("message", messages)
            .Text("channel", m => m.Channel)
            .Text("target", m => m.Target)
            .Text("topic", m => m.Topic)
            .Text("payload", m => m.Payload)
            .ExecuteAsync(connection, transaction,
                """
                INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at, payload, campaign_id)
                SELECT m.channel, m.target, m.topic, 'pending', 0, @due, @now, m.payload, @campaignId FROM message m
                """,
                new { due, now, campaignId });

    /// <summary>"Bring this target up to date" (e.g. patch a Google object); one pending sync per target covers any burst.</summary>
    public static Task EnqueueSyncAsync(DbConnection connection, DbTransaction transaction, string channel, IReadOnlyList<string> targets, string topic, DateTimeOffset due, DateTimeOffset now, long? campaignId = null) =>
        new RowValues<string>("synced", targets)
            .Text("target", target => target)
            .ExecuteAsync(connection, transaction,
                """
                INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at, campaign_id)
                SELECT @channel, s.target, @topic, 'pending', 0, @due, @now, @campaignId FROM synced s WHERE TRUE
                ON CONFLICT (channel, target) WHERE status = 'pending' AND payload IS NULL DO NOTHING
                """,
                new { channel, topic, due, now, campaignId });
}

/// <summary>A message to queue: where it goes and what it carries.</summary>
public sealed record OutboxDraft(string Channel, string Target, string Topic, string Payload);
