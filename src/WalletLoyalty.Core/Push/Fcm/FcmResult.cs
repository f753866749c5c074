namespace WalletLoyalty.Push.Fcm;

/// <param name="Name">On success, FCM's <c>projects/{project}/messages/{id}</c>.</param>
/// <param name="StatusCode">The HTTP status FCM answered with; null when nothing was sent or no response arrived.</param>
/// <param name="ErrorCode">FCM's <c>errorCode</c> (or <c>error.status</c>), or a short description of a local failure.</param>
/// <param name="Message">FCM's <c>error.message</c>, or why the message was refused before sending.</param>
public sealed record FcmResult(
    FcmOutcome Outcome,
    string? Name,
    int? StatusCode,
    string? ErrorCode,
    string? Message,
    TimeSpan? RetryAfter);
