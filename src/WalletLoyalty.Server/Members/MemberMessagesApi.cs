using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Members;
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
        string program, long memberId, HttpRequest request, ClaimsPrincipal user, MemberMessages messages, PushSignal signal,
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
        if (await messages.QueueAsync(program, memberId, body.Title, body.Body, cancellationToken) is not { } queued)
        {
            return Problems.NotFound($"No member {memberId} in program '{program}'.");
        }
        signal.Notify();
        return TypedResults.Accepted((string?)null, new MessageSentResponse(queued.GoogleMessages, queued.AppNotifications));
    }
}

public sealed record MemberMessageRequest(string? Title, string? Body);

/// <summary>How many messages were queued: one per Google Wallet card of the member, one per app device.</summary>
public sealed record MessageSentResponse(int GoogleMessages, int AppNotifications);
