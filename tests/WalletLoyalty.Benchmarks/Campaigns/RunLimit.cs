using WalletLoyalty.Campaigns;

namespace WalletLoyalty.Benchmarks.Campaigns;

/// <summary>
/// Pauses a campaign still sending <see cref="Length"/> after its selection, as staff would: the batch under way
/// finishes, and the next sees the pause and stops. So a run far slower than the aim ends the benchmark in
/// bounded time, and its pace so far still tells how long the whole run would take. Started once the run is
/// selected; <c>elapsed</c> counts from then.
/// </summary>
public sealed class RunLimit(CampaignStore store, long campaignId, Func<TimeSpan> elapsed) : IAsyncDisposable
{
    public static readonly TimeSpan Length = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();
    private Task? _watch;

    /// <summary>When the pause took effect (the batch under way committed), by the caller's clock; null when the run ended first.</summary>
    public TimeSpan? PausedAt { get; private set; }

    public void Start() => _watch = WatchAsync();

    private async Task WatchAsync()
    {
        try
        {
            await Task.Delay(TimeSpan.FromTicks(Math.Max(0, (Length - elapsed()).Ticks)), _stop.Token);
            while (!_stop.IsCancellationRequested)
            {
                if (await store.TransitionAsync(campaignId, [CampaignStatus.Sending], CampaignStatus.Paused, CancellationToken.None))
                {
                    PausedAt = elapsed();
                    return;
                }
                await Task.Delay(20, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended before the limit.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_watch is not null)
        {
            await _watch;
        }
        _stop.Dispose();
    }
}
