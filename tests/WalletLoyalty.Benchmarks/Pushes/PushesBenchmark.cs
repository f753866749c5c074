using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;
using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Push.Apns;

namespace WalletLoyalty.Benchmarks.Pushes;

/// <summary>
/// APNs pushes per second to a local fake over HTTP/2 + TLS with client-certificate authentication: first the
/// <see cref="ApnsClient"/> alone with many in flight, then the whole path — the service's push dispatcher draining
/// an outbox of one pending push per registered device.
/// </summary>
public sealed class PushesBenchmark : IBenchmark
{
    public const double AimPerSecond = 8000;
    public const int ClientInFlight = 512;

    public string Name => "pushes";
    public string Description => "APNs pushes/s to a local HTTP/2 fake: ApnsClient alone, and the dispatcher draining the outbox";

    public async Task<int> RunAsync(BenchmarkOptions options)
    {
        var count = options.Count ?? 100_000;
        void Log(string line) => Console.Error.WriteLine(line);
        var loadBefore = LoadAverage.OneMinute();

        using var passCertificate = X509CertificateLoader.LoadPkcs12FromFile(
            InProcessService.SamplePassCertificatePath, InProcessService.SamplePassCertificatePassword);
        await using var apns = await LocalApns.StartAsync(passCertificate);
        Log($"local APNs on {apns.BaseAddress}");

        var clientOnly = await MeasureClientAsync(apns, passCertificate, count, Log);

        var folder = Directory.CreateTempSubdirectory("walletloyalty-bench-apns-").FullName;
        var caPath = Path.Combine(folder, "apns-server-ca.pem");
        await File.WriteAllTextAsync(caPath, apns.ServerCa.ExportCertificatePem());
        var dispatcher = await MeasureDispatcherAsync(apns, caPath, count, Log);
        Directory.Delete(folder, recursive: true);

        var report = new PushesReport(MachineInfo.Describe(TimeProvider.System), count, clientOnly, dispatcher, loadBefore, LoadAverage.OneMinute());
        var markdown = report.ToMarkdown();
        Console.WriteLine(markdown);
        if (options.WritePath is { } path)
        {
            MarkdownSection.Write(path, Name, markdown);
            Log($"wrote the '{Name}' section of {path}");
        }
        return clientOnly.Delivered == count && dispatcher.Sent == count ? 0 : 1;
    }

    public sealed record ClientRun(int Pushes, int Delivered, TimeSpan Elapsed, TimeSpan Cpu, long Connections, MemoryReading Before, MemoryReading After)
    {
        public double PerSecond => Delivered / Elapsed.TotalSeconds;
    }

    public sealed record DispatcherRun(
        int Pushes, long Sent, long NotSent, TimeSpan SeedTime, TimeSpan UntilDrained, TimeSpan FirstToLastSent, long FirstRound, TimeSpan Cpu,
        long Connections, IReadOnlyList<(MemoryReading Memory, long Sent)> Samples)
    {
        public double PerSecondFromCommit => Sent / UntilDrained.TotalSeconds;
        /// <summary>Rounds record their outcomes together: from the first round's record to the last, the pushes of the later rounds.</summary>
        public double PerSecondWhileSending => FirstToLastSent > TimeSpan.Zero ? (Sent - FirstRound) / FirstToLastSent.TotalSeconds : double.NaN;
    }

    private static async Task<ClientRun> MeasureClientAsync(LocalApns apns, X509Certificate2 passCertificate, int count, Action<string> log)
    {
        using var handler = ApnsHttpHandlerFactory.Create(passCertificate, [apns.ServerCa]);
        using var http = new HttpClient(handler) { BaseAddress = apns.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var client = new ApnsClient(http);
        var token = Convert.ToHexStringLower(new byte[32]);

        log($"ApnsClient alone: warm-up 2 000 pushes, then {count:N0} with {ClientInFlight} in flight");
        await SendManyAsync(client, token, 2000);
        apns.ResetCounters();
        using var process = Process.GetCurrentProcess();
        var before = MemoryReading.Take(TimeSpan.Zero);
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var delivered = await SendManyAsync(client, token, count);
        clock.Stop();
        process.Refresh();
        var run = new ClientRun(count, delivered, clock.Elapsed, process.TotalProcessorTime - cpuBefore, apns.Connections,
            before, MemoryReading.Take(clock.Elapsed));
        log($"  {run.PerSecond:N0} pushes/s, {delivered:N0} delivered in {clock.Elapsed.TotalSeconds:0.0} s, {run.Connections} TLS connections (warm-up included), {apns.Requests:N0} requests at the fake");
        return run;
    }

    private static async Task<int> SendManyAsync(ApnsClient client, string token, int count)
    {
        var delivered = 0;
        var next = -1;
        var workers = Enumerable.Range(0, ClientInFlight).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                var result = await client.SendPassUpdateAsync(token, InProcessService.PassTypeIdentifier, CancellationToken.None);
                if (result.Outcome == ApnsOutcome.Delivered)
                {
                    Interlocked.Increment(ref delivered);
                }
            }
        });
        await Task.WhenAll(workers);
        return delivered;
    }

    private static async Task<DispatcherRun> MeasureDispatcherAsync(LocalApns apns, string caPath, int count, Action<string> log)
    {
        await using var service = await InProcessService.StartAsync(settings =>
        {
            settings["Apple:ApnsBaseAddress"] = apns.BaseAddress.ToString();
            settings["Apple:ApnsServerCaPath"] = caPath;
            settings["Push:CoalesceMilliseconds"] = "0";
        });
        log($"service on {service.BaseAddress}; inserting {count:N0} device registrations and pending pushes");
        apns.ResetCounters();
        var connectionsBefore = apns.Connections;
        using var connection = service.OpenDatabase();
        var seedClock = Stopwatch.StartNew();
        var passes = MemberSeeder.Insert(connection, Math.Min(1000, count));
        RegistrationSeeder.Insert(connection, passes, count, InProcessService.PassTypeIdentifier);
        seedClock.Stop();
        log($"  inserted in {seedClock.Elapsed.TotalSeconds:0.0} s; the dispatcher picks them up within its 1 s idle poll");

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var samples = new List<(MemoryReading, long)> { (MemoryReading.Take(TimeSpan.Zero), 0) };
        long sent = 0, finished = 0;
        var nextSample = TimeSpan.FromSeconds(1);
        while (clock.Elapsed < TimeSpan.FromMinutes(4))
        {
            await Task.Delay(100);
            (sent, finished) = Counts(connection);
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
        var (firstToLast, firstRound) = FirstToLastSent(connection);
        var run = new DispatcherRun(count, sent, count - sent, seedClock.Elapsed, clock.Elapsed, firstToLast, firstRound, cpu, apns.Connections - connectionsBefore, samples);
        log($"  drained: {sent:N0} sent in {clock.Elapsed.TotalSeconds:0.0} s from commit ({run.PerSecondFromCommit:N0}/s), {run.PerSecondWhileSending:N0}/s from first to last sent; {run.Connections} connections");
        return run;
    }

    private static (long Sent, long Finished) Counts(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FILTER (WHERE status = 'sent'), COUNT(*) FILTER (WHERE status IN ('sent', 'dropped', 'failed')) FROM outbox WHERE channel = 'apns'";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static (TimeSpan Span, long FirstRound) FirstToLastSent(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT MIN(finished_at), MAX(finished_at),
                   (SELECT COUNT(*) FROM outbox WHERE channel = 'apns' AND status = 'sent'
                    AND finished_at = (SELECT MIN(finished_at) FROM outbox WHERE channel = 'apns' AND status = 'sent'))
            FROM outbox WHERE channel = 'apns' AND status = 'sent'
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        if (reader.IsDBNull(0))
        {
            return (TimeSpan.Zero, 0);
        }
        var style = System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal;
        var first = DateTimeOffset.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture, style);
        var last = DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture, style);
        return (last - first, reader.GetInt64(2));
    }
}
