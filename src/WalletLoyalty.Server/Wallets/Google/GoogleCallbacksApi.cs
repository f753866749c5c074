using Microsoft.AspNetCore.Http.HttpResults;
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
        app.MapPost("/google/callbacks", ReceiveAsync).AllowAnonymous().ExcludeFromDescription(); // Google's signature is the credential

    private static async Task<Results<Ok, NotFoundProblem, UnreadableBodyProblem, BadRequestProblem>> ReceiveAsync(
        HttpRequest request, GoogleWallet google, GoogleCallbackVerifier verifier, GoogleCallbackRecorder recorder, TimeProvider time,
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
        await recorder.RecordAsync(message, now, cancellationToken);
        return TypedResults.Ok();
    }
}
