using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using WalletLoyalty.Push;

namespace WalletLoyalty.Observability;

/// <summary>
/// The outbox backlog as two gauges: due rows and the oldest one's wait. Both read the database, so one
/// reading serves every observation for a few seconds and frequent scrapes cost one query each period.
/// </summary>
public sealed class OutboxGauges
{
    public static readonly TimeSpan ReadingLifetime = TimeSpan.FromSeconds(5);

    private readonly OutboxBacklog _backlog;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxGauges> _logger;
    private readonly Lock _gate = new();
    private (DateTimeOffset At, OutboxBacklogReading Value)? _reading;

    public OutboxGauges(IMeterFactory meters, OutboxBacklog backlog, TimeProvider time, ILogger<OutboxGauges> logger)
    {
        _backlog = backlog;
        _time = time;
        _logger = logger;
        var meter = meters.Create(LoyaltyMetrics.MeterName);
        meter.CreateObservableGauge("walletloyalty.outbox.due", () => Observe(r => r.Due), "{message}",
            "Pending outbox messages already due (not waiting for a back-off)");
        meter.CreateObservableGauge("walletloyalty.outbox.oldest_wait", () => Observe(r => r.OldestWait.TotalSeconds), "s",
            "How long the longest-waiting due outbox message has been due");
    }

    private IEnumerable<Measurement<T>> Observe<T>(Func<OutboxBacklogReading, T> value)
        where T : struct =>
        Current() is { } reading ? [new Measurement<T>(value(reading))] : [];

    /// <summary>The last reading while it is fresh, else a new one; none when the database does not answer.</summary>
    public OutboxBacklogReading? Current()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_reading is { } fresh && now - fresh.At < ReadingLifetime)
            {
                return fresh.Value;
            }
            try
            {
                // Observable instruments are called synchronously by the exporter; the query is one indexed count.
                var value = _backlog.ReadAsync(now).GetAwaiter().GetResult();
                _reading = (now, value);
                return value;
            }
            catch (Exception ex)
            {
                // No value rather than a stale one: a scrape then shows the gauges missing, not a frozen backlog.
                _logger.LogWarning(ex, "Could not read the outbox backlog for the metrics");
                return null;
            }
        }
    }
}
