namespace WalletLoyalty.Push.Apns;

/// <param name="StatusCode">The HTTP status APNs answered with; null when no response arrived.</param>
/// <param name="Reason">APNs' <c>reason</c> string, or a short description of a local failure.</param>
public sealed record ApnsResult(
    ApnsOutcome Outcome,
    int? StatusCode,
    string? Reason,
    TimeSpan? RetryAfter);
