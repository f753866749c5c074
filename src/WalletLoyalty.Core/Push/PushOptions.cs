namespace WalletLoyalty.Push;

public sealed class PushOptions
{
    public const string Section = "Push";

    /// <summary>Whether this node sends pushes from the outbox. Every node can; turn it off on web-only nodes.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>A push waits this long after the change that caused it, so a burst of changes goes out as one push.</summary>
    public int CoalesceMilliseconds { get; set; } = 500;

    /// <summary>How many pushes one dispatcher has on the wire at once.</summary>
    public int MaxInFlight { get; set; } = 512;

    /// <summary>Rows claimed per round.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>A claimed row returns to the queue after this long if its sender died.</summary>
    public int LeaseSeconds { get; set; } = 30;

    public int MaxAttempts { get; set; } = 10;

    /// <summary>Removals are held once this many "device gone" answers came within the window…</summary>
    public int RemovalHoldMinimum { get; set; } = 20;

    /// <summary>…and they are at least this share of all delivered or gone answers in it.</summary>
    public double RemovalHoldShare { get; set; } = 0.5;

    public int RemovalWindowSeconds { get; set; } = 600;
}
