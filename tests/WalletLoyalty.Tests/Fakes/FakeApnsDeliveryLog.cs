namespace WalletLoyalty.Tests.Fakes;

/// <summary>Thread-safe record of accepted pushes that lets a test await a number of them.</summary>
internal sealed class FakeApnsDeliveryLog
{
    private readonly Lock _lock = new();
    private readonly List<FakeApnsDelivery> _deliveries = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    public IReadOnlyList<FakeApnsDelivery> Snapshot()
    {
        lock (_lock)
        {
            return [.. _deliveries];
        }
    }

    public void Add(FakeApnsDelivery delivery)
    {
        lock (_lock)
        {
            _deliveries.Add(delivery);
            foreach (var waiter in _waiters.Where(waiter => waiter.Count <= _deliveries.Count).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_deliveries.Count >= count)
            {
                return;
            }

            _waiters.Add((count, signal));
        }

        try
        {
            await signal.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(
                $"Expected {count} deliveries within {timeout}, saw {Snapshot().Count}.");
        }
    }
}
