using System.Diagnostics;
using Dapper;
using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Data;

namespace WalletLoyalty.Benchmarks.Pushes;

/// <summary>
/// The dispatchers of one installation draining an outbox of one pending APNs push per registered device: the
/// clock runs from the commit of the backlog until every row is finished, and afterwards the pushes the fake
/// received are held against the rows, token by token.
/// </summary>
public static class OutboxDrain
{
    public static async Task<DispatcherRun> MeasureAsync(Installation installation, LocalApns apns, int count, Action<string> log)
    {
        var setup = installation.Setup;
        var database = installation.First.Database;
        log($"{setup.Name}: {installation.Nodes.Count} node(s), {installation.Database.Description}; inserting {count:N0} device registrations and pending pushes");
        apns.ResetCounters();
        var connectionsBefore = apns.Connections;
        var seedClock = Stopwatch.StartNew();
        var passes = await MemberSeeder.InsertAsync(database, Math.Min(1000, count));
        await RegistrationSeeder.InsertAsync(database, passes, count, InProcessService.PassTypeIdentifier);
        seedClock.Stop();
        log($"  inserted in {seedClock.Elapsed.TotalSeconds:0.0} s; the dispatchers pick them up within their 1 s idle poll");

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var samples = new List<(MemoryReading, long)> { (MemoryReading.Take(TimeSpan.Zero), 0) };
        long sent = 0, finished = 0;
        var nextSample = TimeSpan.FromSeconds(1);
        while (clock.Elapsed < TimeSpan.FromMinutes(4))
        {
            await Task.Delay(100);
            (sent, finished) = await CountsAsync(database);
            if (clock.Elapsed >= nextSample)
            {
                samples.Add((MemoryReading.Take(clock.Elapsed), sent));
                log($"  {clock.Elapsed.TotalSeconds,5:0.0} s: {sent:N0} sent, working set {samples[^1].Item1.WorkingSetMiB:N0} MiB, GC heap {samples[^1].Item1.GcHeapMiB:N0} MiB");
                nextSample += TimeSpan.FromSeconds(1);
            }
            if (finished >= count)
            {
                break;
            }
        }
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        samples.Add((MemoryReading.Take(clock.Elapsed), sent));
        var span = await FirstToLastSentAsync(database);
        var delivery = await DeliveryCheck.ReadAsync(database, apns);
        var perNode = Enumerable.Range(0, installation.Nodes.Count).Select(apns.RequestsAt).ToList();
        var run = new DispatcherRun(setup, count, sent, count - sent, seedClock.Elapsed, clock.Elapsed, span.Last - span.First, span.FirstRound, cpu,
            apns.Connections - connectionsBefore, perNode, delivery, samples);
        log($"  drained: {sent:N0} sent in {clock.Elapsed.TotalSeconds:0.0} s from commit ({run.PerSecondFromCommit:N0}/s), {run.PerSecondWhileSending:N0}/s from first to last sent; "
            + $"{run.Connections} connections; per node {string.Join(" + ", perNode.Select(n => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))}; {delivery.Describe()}");
        return run;
    }

    private static async Task<(long Sent, long Finished)> CountsAsync(IDatabase database)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleAsync<(long, long)>(
            "SELECT COUNT(*) FILTER (WHERE status = 'sent'), COUNT(*) FILTER (WHERE status IN ('sent', 'dropped', 'failed')) FROM outbox WHERE channel = 'apns'");
    }

    private static async Task<SentSpan> FirstToLastSentAsync(IDatabase database)
    {
        await using var connection = await database.OpenAsync();
        var span = await connection.QuerySingleAsync<SentSpan>(
            """
            SELECT MIN(finished_at) AS first, MAX(finished_at) AS last,
                   (SELECT COUNT(*) FROM outbox WHERE channel = 'apns' AND status = 'sent'
                    AND finished_at = (SELECT MIN(finished_at) FROM outbox WHERE channel = 'apns' AND status = 'sent')) AS first_round
            FROM outbox WHERE channel = 'apns' AND status = 'sent'
            """);
        return span.First is null ? new SentSpan() : span;
    }

    private sealed class SentSpan
    {
        public DateTimeOffset? First { get; init; }
        public DateTimeOffset? Last { get; init; }
        public long FirstRound { get; init; }
    }
}

/// <summary>The pushes the fake received against the outbox's rows: each row's token once, none twice, none unknown.</summary>
public sealed record DeliveryCheck(long Rows, long Once, long Missing, long Duplicates, long Unknown)
{
    public bool ExactlyOnce => Once == Rows && Missing == 0 && Duplicates == 0 && Unknown == 0;

    public string Describe() => ExactlyOnce
        ? $"every one of {Rows:N0} rows pushed exactly once"
        : $"{Once:N0} of {Rows:N0} rows pushed once, {Missing:N0} never, {Duplicates:N0} extra pushes to rows' tokens, {Unknown:N0} to unknown tokens";

    public static async Task<DeliveryCheck> ReadAsync(IDatabase database, LocalApns apns)
    {
        await using var connection = await database.OpenAsync();
        var targets = (await connection.QueryAsync<string>("SELECT target FROM outbox WHERE channel = 'apns'")).ToHashSet(StringComparer.Ordinal);
        var received = apns.PushesPerToken;
        long once = 0, missing = 0, duplicates = 0;
        foreach (var target in targets)
        {
            var pushes = received.GetValueOrDefault(target);
            once += pushes == 1 ? 1 : 0;
            missing += pushes == 0 ? 1 : 0;
            duplicates += Math.Max(0, pushes - 1);
        }
        var unknown = received.Where(r => !targets.Contains(r.Key)).Sum(r => (long)r.Value);
        return new DeliveryCheck(targets.Count, once, missing, duplicates, unknown);
    }
}

public sealed record DispatcherRun(
    StoreSetup Setup, int Pushes, long Sent, long NotSent, TimeSpan SeedTime, TimeSpan UntilDrained, TimeSpan? FirstToLastSent, long FirstRound, TimeSpan Cpu,
    long Connections, IReadOnlyList<long> PerNode, DeliveryCheck Delivery, IReadOnlyList<(MemoryReading Memory, long Sent)> Samples)
{
    public double PerSecondFromCommit => Sent / UntilDrained.TotalSeconds;

    /// <summary>Rounds record their outcomes together: from the first round's record to the last, the pushes of the later rounds.</summary>
    public double PerSecondWhileSending => FirstToLastSent is { } span && span > TimeSpan.Zero ? (Sent - FirstRound) / span.TotalSeconds : double.NaN;

    public bool ExactlyOnce => Delivery.ExactlyOnce;
}
