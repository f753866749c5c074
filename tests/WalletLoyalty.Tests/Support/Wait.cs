namespace WalletLoyalty.Tests.Support;

public static class Wait
{
    /// <summary>Polls until the lookup finds something, and returns it.</summary>
    public static async Task<T> ForAsync<T>(Func<Task<T?>> lookup, string what, TimeSpan? timeout = null)
        where T : class
    {
        T? found = null;
        await Eventually.TrueAsync(async () => (found = await lookup()) is not null, what, timeout);
        return found!;
    }
}
