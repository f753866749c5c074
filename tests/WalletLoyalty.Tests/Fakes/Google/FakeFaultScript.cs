namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>Errors to answer the next requests with, whatever they are, before serving normally again.</summary>
internal sealed class FakeFaultScript
{
    private readonly Lock _lock = new();
    private readonly Queue<GoogleErrorReply> _faults = new();

    public void FailNext(int count, GoogleErrorReply reply)
    {
        lock (_lock)
        {
            for (var i = 0; i < count; i++)
            {
                _faults.Enqueue(reply);
            }
        }
    }

    public GoogleErrorReply? TakeNext()
    {
        lock (_lock)
        {
            return _faults.TryDequeue(out var reply) ? reply : null;
        }
    }

    public static GoogleErrorReply ErrorFor(int statusCode, TimeSpan? retryAfter) => statusCode switch
    {
        429 => new GoogleErrorReply(429, "RESOURCE_EXHAUSTED", "Rate limit exceeded.", "rateLimitExceeded", retryAfter),
        500 => new GoogleErrorReply(500, "INTERNAL", "Internal error encountered.", "backendError", retryAfter),
        503 => new GoogleErrorReply(503, "UNAVAILABLE", "The service is currently unavailable.", "backendError", retryAfter),
        _ => new GoogleErrorReply(statusCode, "UNKNOWN", $"Scripted error {statusCode}.", "scripted", retryAfter),
    };
}
