namespace WalletLoyalty.Push;

public static class Backoff
{
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(15);

    /// <summary>Exponential from one second, capped, with jitter so a failed burst does not retry in lockstep; never sooner than Retry-After.</summary>
    public static TimeSpan Delay(int attempt, TimeSpan? retryAfter)
    {
        var exponential = TimeSpan.FromSeconds(Math.Min(Cap.TotalSeconds, Math.Pow(2, Math.Max(0, attempt - 1))));
        var jittered = exponential * (0.5 + (Random.Shared.NextDouble() / 2));
        return retryAfter is { } floor && floor > jittered ? floor : jittered;
    }
}
