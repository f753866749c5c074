using System.Collections.Concurrent;

namespace WalletLoyalty.Tests.Fakes;

/// <summary>Counts connections and requests so tests can see reuse and multiplexing.</summary>
internal sealed class FakeApnsTraffic
{
    private readonly ConcurrentDictionary<string, byte> _connectionIds = new();
    private int _requestCount;
    private int _requestsInFlight;
    private int _peakRequestsInFlight;

    public int ConnectionCount => _connectionIds.Count;

    public int RequestCount => Volatile.Read(ref _requestCount);

    public int PeakRequestsInFlight => Volatile.Read(ref _peakRequestsInFlight);

    public void ConnectionAccepted(string connectionId) => _connectionIds.TryAdd(connectionId, 0);

    public void RequestStarted()
    {
        Interlocked.Increment(ref _requestCount);
        var inFlight = Interlocked.Increment(ref _requestsInFlight);
        for (var peak = Volatile.Read(ref _peakRequestsInFlight); inFlight > peak; peak = Volatile.Read(ref _peakRequestsInFlight))
        {
            Interlocked.CompareExchange(ref _peakRequestsInFlight, inFlight, peak);
        }
    }

    public void RequestFinished() => Interlocked.Decrement(ref _requestsInFlight);
}
