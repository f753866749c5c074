using System.Diagnostics.Metrics;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WalletLoyalty.Data;
using WalletLoyalty.Observability;
using WalletLoyalty.Push;

namespace WalletLoyalty.Tests.Metrics;

/// <summary>The instruments as any MeterListener sees them, without the exporter.</summary>
public sealed class LoyaltyMetricsTests : IDisposable
{
    private readonly ServiceProvider _provider = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = [];

    public LoyaltyMetricsTests()
    {
        var factory = _provider.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Meter.Name == LoyaltyMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
        _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
        _listener.Start();
    }

    private IMeterFactory Meters => _provider.GetRequiredService<IMeterFactory>();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Add((instrument.Name, value, new Dictionary<string, object?>(tags.ToArray())));

    [Fact]
    public void EachCounterCarriesTheTagsItIsDocumentedWith()
    {
        var metrics = new LoyaltyMetrics(Meters);

        metrics.Earned("demo", 12);
        metrics.Redeemed("coupon", "already-redeemed");
        metrics.PushesFinished("apns", "retry", 3);
        metrics.CampaignRecipients(7, "messaged", 1000);
        metrics.CampaignRecipients(7, "skipped", 0);

        Assert.Collection(_measurements,
            m => Assert.Equal(("walletloyalty.earns", 1d, "demo"), (m.Instrument, m.Value, m.Tags["program"])),
            m => Assert.Equal(("walletloyalty.earned_points", 12d, "demo"), (m.Instrument, m.Value, m.Tags["program"])),
            m => Assert.Equal(("walletloyalty.redemptions", "coupon", "already-redeemed"), (m.Instrument, m.Tags["kind"], m.Tags["outcome"])),
            m => Assert.Equal(("walletloyalty.pushes", 3d, "apns", "retry"), (m.Instrument, m.Value, m.Tags["channel"], m.Tags["outcome"])),
            m => Assert.Equal(("walletloyalty.campaign.recipients", 1000d, 7L, "messaged"), (m.Instrument, m.Value, m.Tags["campaign"], m.Tags["outcome"])));
    }

    [Fact]
    public async Task TheOutboxGaugesQueryTheDatabaseOncePerReadingLifetime()
    {
        var database = await MigratedDatabaseAsync();
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        _ = new OutboxGauges(Meters, new OutboxBacklog(database), clock, NullLogger<OutboxGauges>.Instance);
        await InsertDueAsync(database, clock.GetUtcNow().AddSeconds(-30));

        Assert.Equal((1d, 30d), Observe());

        await InsertDueAsync(database, clock.GetUtcNow().AddSeconds(-1));
        clock.Advance(OutboxGauges.ReadingLifetime - TimeSpan.FromMilliseconds(1));
        Assert.Equal((1d, 30d), Observe());

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal((2d, 35d), Observe());
    }

    private (double Due, double OldestWait) Observe()
    {
        _measurements.Clear();
        _listener.RecordObservableInstruments();
        return (_measurements.Single(m => m.Instrument == "walletloyalty.outbox.due").Value,
            Math.Round(_measurements.Single(m => m.Instrument == "walletloyalty.outbox.oldest_wait").Value, 3));
    }

    private static async Task<IDatabase> MigratedDatabaseAsync()
    {
        var database = new SqliteDatabase(Path.Combine(Directory.CreateTempSubdirectory("gauges-").FullName, "walletloyalty.db"));
        await new MigrationRunner(database, NullLogger<MigrationRunner>.Instance).ApplyAsync();
        return database;
    }

    private static async Task InsertDueAsync(IDatabase database, DateTimeOffset notBefore)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at)
            VALUES ('apns', @target, 'pass.test', 'pending', 0, @notBefore, @notBefore)
            """,
            new { target = "token-" + Guid.NewGuid().ToString("N"), notBefore });
    }

    public void Dispose()
    {
        _listener.Dispose();
        _provider.Dispose();
    }

    private sealed class AdjustableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
