using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Data;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Wallets.Google;
using WalletLoyalty.Wallets.Google.Callbacks;

namespace WalletLoyalty.Server.Wallets.Google;

/// <summary>
/// Google's save and delete callbacks. The signature is verified as Google documents before anything
/// is recorded; a nonce seen before is acknowledged and ignored (Google retries).
/// </summary>
public static class GoogleCallbacksApi
{
    private const int MaxBodyBytes = 16 * 1024;

    public static void MapGoogleCallbacks(this WebApplication app) =>
        app.MapPost("/google/callbacks", ReceiveAsync).ExcludeFromDescription();

    private static async Task<Results<Ok, NotFoundProblem, UnreadableBodyProblem, BadRequestProblem>> ReceiveAsync(
        HttpRequest request, GoogleWallet google, GoogleCallbackVerifier verifier, IDatabase database, TimeProvider time,
        ILogger<GoogleCallbackVerifier> logger, CancellationToken cancellationToken)
    {
        if (!google.Enabled)
        {
            return Problems.NotFound("Google Wallet is not configured.");
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            return Problems.TooLarge(MaxBodyBytes);
        }
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        if (body.Length > MaxBodyBytes)
        {
            return Problems.TooLarge(MaxBodyBytes);
        }
        var now = time.GetUtcNow();
        if (await verifier.VerifyAsync(body, google.IssuerId, now, cancellationToken) is not CallbackVerification.Verified { Message: var message })
        {
            logger.LogWarning("Rejected a Google Wallet callback that failed verification");
            return Problems.BadRequest("bad-signature", "Callback not verified", "The callback's signature did not verify.");
        }
        await RecordAsync(database, message, now, cancellationToken);
        return TypedResults.Ok();
    }

    private static async Task RecordAsync(IDatabase database, GoogleCallbackMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var fresh = await connection.ExecuteAsync(
            "INSERT INTO google_callback_nonces (nonce, received_at) VALUES (@Nonce, @now) ON CONFLICT (nonce) DO NOTHING",
            new { message.Nonce, now }, transaction) == 1;
        if (fresh)
        {
            var saved = message.EventType == GoogleCallbackEventType.Save;
            await connection.ExecuteAsync(
                saved ? "UPDATE google_objects SET saved_at = @now, deleted_at = NULL WHERE object_id = @ObjectId"
                      : "UPDATE google_objects SET deleted_at = @now WHERE object_id = @ObjectId",
                new { message.ObjectId, now }, transaction);
            await connection.ExecuteAsync(
                """
                INSERT INTO wallet_events (program_id, pass_id, platform, kind, source, occurred_at)
                SELECT p.program_id, p.id, 'google', @kind, m.source, @now
                FROM google_objects g JOIN passes p ON p.id = g.pass_id JOIN members m ON m.id = p.member_id
                WHERE g.object_id = @ObjectId
                """,
                new { message.ObjectId, kind = saved ? "install" : "uninstall", now }, transaction);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
