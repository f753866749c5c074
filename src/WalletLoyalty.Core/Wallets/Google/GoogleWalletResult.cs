using System.Text.Json.Nodes;

namespace WalletLoyalty.Wallets.Google;

/// <param name="StatusCode">The HTTP status Google answered with; null when no response arrived.</param>
/// <param name="Reason">Google's <c>error.errors[0].reason</c> (or <c>error.status</c>), or a short description of a local failure.</param>
/// <param name="Message">Google's <c>error.message</c>.</param>
public sealed record GoogleWalletResult(
    GoogleWalletOutcome Outcome,
    JsonObject? Resource,
    int? StatusCode,
    string? Reason,
    string? Message,
    TimeSpan? RetryAfter)
{
    public static GoogleWalletResult Ok(JsonObject resource, int statusCode) =>
        new(GoogleWalletOutcome.Ok, resource, statusCode, null, null, null);
}
