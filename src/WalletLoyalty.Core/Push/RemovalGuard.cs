namespace WalletLoyalty.Push;

/// <summary>
/// Watches the answers of one push service. When most recent answers say "this device is gone" (APNs'
/// sandbox address configured by mistake, a certificate of another environment), it is the configuration
/// that is wrong, not every phone: removals are held, registrations kept, and the hold is reported, until
/// deliveries come back. Per node, over a sliding window.
/// </summary>
public sealed class RemovalGuard(PushOptions options, TimeProvider time)
{
    private readonly Queue<(DateTimeOffset At, bool Removal)> _answers = new();
    private readonly Lock _lock = new();
    private int _removals;

    /// <summary>Raised when the guard starts or stops holding removals.</summary>
    public event Action<bool>? HoldingChanged;

    public bool Holding { get; private set; }

    public void Delivered() => Record(removal: false);

    /// <summary>Counts a "device gone" answer and says whether the registration may be removed.</summary>
    public bool MayRemove()
    {
        Record(removal: true);
        return !Holding;
    }

    private void Record(bool removal)
    {
        bool changed;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            _answers.Enqueue((now, removal));
            _removals += removal ? 1 : 0;
            var horizon = now - TimeSpan.FromSeconds(options.RemovalWindowSeconds);
            while (_answers.Count > 0 && (_answers.Peek().At < horizon || _answers.Count > MaxRemembered))
            {
                _removals -= _answers.Dequeue().Removal ? 1 : 0;
            }
            var holding = _removals >= options.RemovalHoldMinimum && _removals >= options.RemovalHoldShare * _answers.Count;
            changed = holding != Holding;
            Holding = holding;
        }
        if (changed)
        {
            HoldingChanged?.Invoke(Holding);
        }
    }

    private const int MaxRemembered = 100_000;
}
