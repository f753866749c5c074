using System.Data.Common;
using System.Text.Json;
using Dapper;
using WalletLoyalty.Push;
using WalletLoyalty.Security;

namespace WalletLoyalty.Webhooks;

/// <summary>
/// Raises an event in the caller's transaction: one delivery per enabled endpoint of the program that subscribed
/// to it, each queued on the outbox's webhook channel. The event commits with the change that caused it or not at
/// all, so none is lost and none is invented. With no endpoint subscribed it writes nothing.
/// </summary>
public static class WebhookEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>How many deliveries were queued; the caller wakes the dispatcher after its commit when any were.</returns>
    public static async Task<int> RaiseAsync(DbConnection connection, DbTransaction transaction, string programId, string type, object data, DateTimeOffset now)
    {
        var eventId = "evt_" + RandomCodes.Base32(26);
        var body = JsonSerializer.Serialize(new { id = eventId, type, createdAt = now, programId, data }, Json);
        var queued = await connection.ExecuteAsync(
            """
            INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, body, status, attempts, created_at)
            SELECT e.id, @eventId, @type, @body, 'pending', 0, @now
            FROM webhook_endpoints e JOIN webhook_subscriptions s ON s.endpoint_id = e.id AND s.event_type = @type
            WHERE e.program_id = @programId AND e.enabled = TRUE AND e.deleted_at IS NULL
            """,
            new { eventId, type, body, now, programId }, transaction);
        if (queued > 0)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at)
                SELECT @channel, CAST(d.id AS TEXT), '', 'pending', 0, @now, @now FROM webhook_deliveries d WHERE d.event_id = @eventId
                """,
                new { channel = PushOutbox.WebhookChannel, eventId, now }, transaction);
        }
        return queued;
    }

    /// <summary>A pass was added to a wallet or taken out of it (<see cref="WebhookEventTypes.PassInstalled"/> or <see cref="WebhookEventTypes.PassRemoved"/>).</summary>
    public static async Task<int> RaiseForPassAsync(DbConnection connection, DbTransaction transaction, string type, long passId, string platform, DateTimeOffset now)
    {
        var pass = await connection.QuerySingleOrDefaultAsync<(string ProgramId, long? MemberId, string Kind, string SerialNumber)>(
            "SELECT program_id, member_id, kind, serial_number FROM passes WHERE id = @passId", new { passId }, transaction);
        return pass.ProgramId is null
            ? 0
            : await RaiseAsync(connection, transaction, pass.ProgramId, type,
                new { memberId = pass.MemberId, passKind = pass.Kind, serialNumber = pass.SerialNumber, platform }, now);
    }

    /// <summary>
    /// The member's personal data was erased. Call it in the erasure's transaction; the event names the member by
    /// id only, so an integration can forget what it holds about them.
    /// </summary>
    public static Task<int> MemberErasedAsync(DbConnection connection, DbTransaction transaction, string programId, long memberId, DateTimeOffset now) =>
        RaiseAsync(connection, transaction, programId, WebhookEventTypes.MemberErased, new { memberId }, now);
}
