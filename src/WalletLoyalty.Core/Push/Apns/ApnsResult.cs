namespace WalletLoyalty.Push.Apns;

/// <param name="StatusCode">The HTTP status APNs answered with; null when no response arrived.</param>
/// <param name="Reason">APNs' <c>reason</c> string, or a short description of a local failure.</param>
/// <param name="UnregisteredAt">With 410: since when APNs has known the token to be no longer valid for the topic.</param>
public sealed record ApnsResult(
    ApnsOutcome Outcome,
    int? StatusCode,
    string? Reason,
    TimeSpan? RetryAfter,
    DateTimeOffset? UnregisteredAt = null);
