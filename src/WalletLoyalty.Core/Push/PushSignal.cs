namespace WalletLoyalty.Push;

/// <summary>Wakes the push dispatcher when a commit has put work into the outbox, so pushes leave at once.</summary>
public sealed class PushSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers any number of new rows.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
