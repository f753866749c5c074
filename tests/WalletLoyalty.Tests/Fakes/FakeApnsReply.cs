namespace WalletLoyalty.Tests.Fakes;

/// <summary>
/// An answer the fake APNs gives; <paramref name="RawBody"/> replaces the usual <c>{"reason":…}</c>.
/// With <paramref name="AnswerAfter"/> the push counts as received at once and its answer comes that much later,
/// as from an APNs that is slow to reply. A 410 carries <paramref name="UnregisteredSince"/> as its timestamp (default: now).
/// </summary>
public sealed record FakeApnsReply(
    int StatusCode,
    string? Reason = null,
    TimeSpan? RetryAfter = null,
    string? RawBody = null,
    TimeSpan? AnswerAfter = null,
    DateTimeOffset? UnregisteredSince = null)
{
    public static FakeApnsReply Ok { get; } = new(200);
}
