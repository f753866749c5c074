using System.Text.Json;
using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Push;

namespace WalletLoyalty.Members;

/// <summary>How many messages were queued for a member: one per Google Wallet card, one per app device.</summary>
public sealed record QueuedMemberMessages(int GoogleMessages, int AppNotifications);

/// <summary>A marketer's message to one member, queued in one transaction for their Google cards and their app devices.</summary>
public sealed class MemberMessages(IDatabase database, TimeProvider time)
{
    /// <summary>Queues the message (the caller then wakes the dispatcher); null when the program has no such member.</summary>
    public async Task<QueuedMemberMessages?> QueueAsync(string program, long memberId, string title, string body, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long?>("SELECT id FROM members WHERE id = @memberId AND program_id = @program AND erased_at IS NULL", new { memberId, program }, transaction) is null)
        {
            return null;
        }
        var id = "message-" + now.ToUnixTimeMilliseconds();
        var objects = await connection.QueryAsync<string>(
            "SELECT g.object_id FROM google_objects g JOIN passes p ON p.id = g.pass_id WHERE p.member_id = @memberId AND g.kind = 'loyalty'", new { memberId }, transaction);
        foreach (var objectId in objects)
        {
            await PushOutbox.EnqueueMessageAsync(connection, transaction, PushOutbox.GoogleMessageChannel, objectId, program,
                JsonSerializer.Serialize(new { header = title, body, id }), now, now);
        }
        var tokens = await connection.QueryAsync<string>("SELECT fcm_token FROM app_devices WHERE member_id = @memberId", new { memberId }, transaction);
        foreach (var token in tokens)
        {
            await PushOutbox.EnqueueMessageAsync(connection, transaction, PushOutbox.FcmChannel, token, program,
                JsonSerializer.Serialize(new { title, body, data = new { kind = "message" } }), now, now);
        }
        await transaction.CommitAsync(cancellationToken);
        return new QueuedMemberMessages(objects.Count(), tokens.Count());
    }
}
