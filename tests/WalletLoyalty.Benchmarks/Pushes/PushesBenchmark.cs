using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Push.Apns;

namespace WalletLoyalty.Benchmarks.Pushes;

/// <summary>
/// APNs pushes per second to a local fake over HTTP/2 + TLS with client-certificate authentication: first the
/// <see cref="ApnsClient"/> alone with many in flight, then the whole path — the service's push dispatcher draining
/// an outbox of one pending push per registered device, on SQLite and (with <c>--postgres</c>) on PostgreSQL with
/// one node and with two nodes draining the same outbox.
/// </summary>
public sealed class PushesBenchmark : IBenchmark
{
    public const double AimPerSecond = 8000;
    public const int ClientInFlight = 512;

    public string Name => "pushes";
    public string Description => "APNs pushes/s to a local HTTP/2 fake: ApnsClient alone, and the dispatcher draining the outbox on SQLite and PostgreSQL (one and two nodes)";

    public async Task<int> RunAsync(BenchmarkOptions options)
    {
        var count = options.Count ?? 100_000;
        var loadBefore = LoadAverage.OneMinute();
        var nodes = StoreSetup.All.Max(s => s.Nodes);

        using var passCertificate = X509CertificateLoader.LoadPkcs12FromFile(
            InProcessService.SamplePassCertificatePath, InProcessService.SamplePassCertificatePassword);
        await using var apns = await LocalApns.StartAsync(passCertificate, nodes);
        Log($"local APNs on {string.Join(", ", apns.BaseAddresses)}");

        var clientOnly = await MeasureClientAsync(apns, passCertificate, count);

        var folder = Directory.CreateTempSubdirectory("walletloyalty-bench-apns-").FullName;
        var caPath = Path.Combine(folder, "apns-server-ca.pem");
        await File.WriteAllTextAsync(caPath, apns.ServerCa.ExportCertificatePem());
        var drains = new List<DispatcherRun>();
        string? server = null;
        foreach (var setup in StoreSetup.All.Where(s => s.CanRun(options)))
        {
            await using var installation = await Installation.StartAsync(setup, options, (settings, node) =>
            {
                settings["Apple:ApnsBaseAddress"] = apns.BaseAddresses[node].ToString();
                settings["Apple:ApnsServerCaPath"] = caPath;
                settings["Push:CoalesceMilliseconds"] = "0";
            });
            server ??= await installation.Database.DescribeServerAsync();
            drains.Add(await OutboxDrain.MeasureAsync(installation, apns, count, Log));
        }
        Directory.Delete(folder, recursive: true);

        var report = new PushesReport(MachineInfo.Describe(TimeProvider.System), count, clientOnly, drains, server, loadBefore, LoadAverage.OneMinute());
        var markdown = report.ToMarkdown();
        Console.WriteLine(markdown);
        if (options.WritePath is { } path)
        {
            MarkdownSection.Write(path, Name, markdown);
            Log($"wrote the '{Name}' section of {path}");
        }
        return clientOnly.Delivered == count && drains.All(d => d.Sent == count && d.ExactlyOnce) ? 0 : 1;
    }

    private static void Log(string line) => Console.Error.WriteLine(line);

    public sealed record ClientRun(int Pushes, int Delivered, TimeSpan Elapsed, TimeSpan Cpu, long Connections, MemoryReading Before, MemoryReading After)
    {
        public double PerSecond => Delivered / Elapsed.TotalSeconds;
    }

    private static async Task<ClientRun> MeasureClientAsync(LocalApns apns, X509Certificate2 passCertificate, int count)
    {
        using var handler = ApnsHttpHandlerFactory.Create(passCertificate, [apns.ServerCa]);
        using var http = new HttpClient(handler) { BaseAddress = apns.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var client = new ApnsClient(http);
        var token = Convert.ToHexStringLower(new byte[32]);

        Log($"ApnsClient alone: warm-up 2 000 pushes, then {count:N0} with {ClientInFlight} in flight");
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
        Log($"  {run.PerSecond:N0} pushes/s, {delivered:N0} delivered in {clock.Elapsed.TotalSeconds:0.0} s, {run.Connections} TLS connections (warm-up included), {apns.Requests:N0} requests at the fake");
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
}
