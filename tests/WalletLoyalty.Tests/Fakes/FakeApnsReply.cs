namespace WalletLoyalty.Tests.Fakes;

/// <summary>An answer the fake APNs gives; <paramref name="RawBody"/> replaces the usual <c>{"reason":…}</c>.</summary>
public sealed record FakeApnsReply(
    int StatusCode,
    string? Reason = null,
    TimeSpan? RetryAfter = null,
    string? RawBody = null)
{
    public static FakeApnsReply Ok { get; } = new(200);
}
