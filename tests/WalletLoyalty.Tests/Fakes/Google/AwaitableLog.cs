namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>A thread-safe list a test can await a number of entries in, signalled on each add.</summary>
internal sealed class AwaitableLog<T>
{
    private readonly Lock _lock = new();
    private readonly List<T> _items = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    public IReadOnlyList<T> Snapshot()
    {
        lock (_lock)
        {
            return [.. _items];
        }
    }

    public void Add(T item)
    {
        lock (_lock)
        {
            _items.Add(item);
            foreach (var waiter in _waiters.Where(waiter => waiter.Count <= _items.Count).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    public async Task WaitForAsync(int count, TimeSpan timeout, string what)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_items.Count >= count)
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
            throw new TimeoutException($"Expected {count} {what} within {timeout}, saw {Snapshot().Count}.");
        }
    }
}
