namespace WalletLoyalty.Benchmarks.Stores;

/// <summary>One earn at the till, numbered so that its idempotency key and receipt are new.</summary>
public sealed record TillEarn(long Number, long MemberId, long Points, DateTimeOffset At)
{
    public string IdempotencyKey => $"till-earn-{Number:D12}";
    public string ReceiptId => $"receipt-{Number:D12}";
    public string PassSerial => $"pass-{MemberId:D8}";

    /// <summary>About the size of the answer the service stores with the key.</summary>
    public string Answer => $$"""{"memberId":{{MemberId}},"points":{{Points}},"receiptId":"{{ReceiptId}}","tier":"Bronze"}""";
}

/// <summary>Earns spread over the seeded members, numbered across every thread and store of a run.</summary>
public sealed class TillEarns(int members)
{
    public const long PointsPerEarn = 10;

    private long _number;

    public int Members => members;

    public TillEarn Next()
    {
        var number = Interlocked.Increment(ref _number);
        return new TillEarn(number, number % members + 1, PointsPerEarn, DateTimeOffset.UtcNow);
    }
}
