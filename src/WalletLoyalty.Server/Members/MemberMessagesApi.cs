using System.Security.Claims;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Data;
using WalletLoyalty.Push;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Members;

/// <summary>A marketer writes to one member: a message on their Google pass and a notification in the brand's app.</summary>
public static class MemberMessagesApi
{
    public static void MapMemberMessagesApi(this WebApplication app) =>
        app.MapPost("/api/v1/programs/{program}/members/{memberId:long}/messages", SendAsync)
            .RequireApiKey(AccessPolicies.Marketer).WithTags("Marketing")
            .WithSummary("Send one member a message: Google Wallet (within Google's notification quota) and the app (FCM)")
            .Accepts<MemberMessageRequest>("application/json");

    private static async Task<Results<Accepted<MessageSentResponse>, NotFoundProblem, ValidationProblem, UnreadableBodyProblem>> SendAsync(
        string program, long memberId, HttpRequest request, ClaimsPrincipal user, IDatabase database, PushSignal signal, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (user.ProgramOf() is { } own && own != program)
        {
            return Problems.NotFound($"No program '{program}' for this key.");
        }
        var (body, problem) = await JsonBody.ReadAsync<MemberMessageRequest>(request, 4096, cancellationToken);
        if (body is null)
        {
            return problem!;
        }
        if (string.IsNullOrWhiteSpace(body.Title) || string.IsNullOrWhiteSpace(body.Body) || body.Title.Length > 100 || body.Body.Length > 1000)
        {
            return Problems.Invalid("title", "title (≤ 100) and body (≤ 1000 characters) are required");
        }
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long?>("SELECT id FROM members WHERE id = @memberId AND program_id = @program", new { memberId, program }, transaction) is null)
        {
            return Problems.NotFound($"No member {memberId} in program '{program}'.");
        }
        var id = "message-" + now.ToUnixTimeMilliseconds();
        var objects = await connection.QueryAsync<string>(
            "SELECT g.object_id FROM google_objects g JOIN passes p ON p.id = g.pass_id WHERE p.member_id = @memberId AND g.kind = 'loyalty'", new { memberId }, transaction);
        foreach (var objectId in objects)
        {
            await PushOutbox.EnqueueMessageAsync(connection, transaction, PushOutbox.GoogleMessageChannel, objectId, program,
                JsonSerializer.Serialize(new { header = body.Title, body = body.Body, id }), now, now);
        }
        var tokens = await connection.QueryAsync<string>("SELECT fcm_token FROM app_devices WHERE member_id = @memberId", new { memberId }, transaction);
        foreach (var token in tokens)
        {
            await PushOutbox.EnqueueMessageAsync(connection, transaction, PushOutbox.FcmChannel, token, program,
                JsonSerializer.Serialize(new { title = body.Title, body = body.Body, data = new { kind = "message" } }), now, now);
        }
        await transaction.CommitAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Accepted((string?)null, new MessageSentResponse(objects.Count(), tokens.Count()));
    }
}

public sealed record MemberMessageRequest(string? Title, string? Body);

/// <summary>How many messages were queued: one per Google Wallet card of the member, one per app device.</summary>
public sealed record MessageSentResponse(int GoogleMessages, int AppNotifications);
