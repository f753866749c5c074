namespace WalletLoyalty.Tests.Support;

/// <summary>For state that changes in the background and offers no signal (a database row): check until true or time out.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Timed out waiting until " + what);
            }
            await Task.Delay(50);
        }
    }
}
