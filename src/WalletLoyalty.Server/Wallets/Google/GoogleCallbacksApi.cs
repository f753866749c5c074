using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.RateLimits;
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
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void MapGoogleCallbacks(this WebApplication app) =>
        // Google's signature is the credential.
        app.MapPost("/google/callbacks", ReceiveAsync).AllowAnonymous().RequireAbuseLimit(AbuseLimits.GoogleCallbacks).ExcludeFromDescription();

    private static async Task<Results<Ok, NotFoundProblem, UnreadableBodyProblem, BadRequestProblem>> ReceiveAsync(
        HttpRequest request, GoogleWallet google, GoogleCallbackVerifier verifier, GoogleCallbackRecorder recorder, TimeProvider time,
        ILogger<GoogleCallbackVerifier> logger, CancellationToken cancellationToken)
    {
        if (!google.Enabled)
        {
            return Problems.NotFound("Google Wallet is not configured.");
        }
        var (bytes, tooLarge) = await BoundedBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (tooLarge is not null)
        {
            return tooLarge;
        }
        string body;
        try
        {
            body = StrictUtf8.GetString(bytes.Span);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return Problems.BadRequest("bad-callback", "Callback not readable", "The callback is not UTF-8 text.");
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
