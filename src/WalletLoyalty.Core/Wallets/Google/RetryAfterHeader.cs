namespace WalletLoyalty.Wallets.Google;

internal static class RetryAfterHeader
{
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider timeProvider) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } when date > timeProvider.GetUtcNow() => date - timeProvider.GetUtcNow(),
            { Date: not null } => TimeSpan.Zero,
            _ => null,
        };
}
