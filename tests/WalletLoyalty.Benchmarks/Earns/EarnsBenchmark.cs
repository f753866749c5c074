using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Earns;

/// <summary>
/// Till earns against the real service in this process over loopback HTTP, on its embedded SQLite store:
/// open-loop load at fixed rates, latency from each request's due time, memory at the start and end of each
/// rate, and a longer run at the aim's rate with memory sampled every few seconds.
/// </summary>
public sealed class EarnsBenchmark : IBenchmark
{
    public static readonly int[] DefaultRates = [200, 500, 1000];
    public const int AimRate = 500;
    public const double AimP99Milliseconds = 10;

    public string Name => "earns";
    public string Description => "till earns/s and p50/p99 latency at fixed open-loop rates over loopback; memory over a long run";

    public async Task<int> RunAsync(BenchmarkOptions options)
    {
        var rates = options.Rates ?? DefaultRates;
        var duration = options.Duration ?? TimeSpan.FromSeconds(20);
        var soakLength = duration * 3;
        var memberCount = options.Count ?? 1000;
        var sampleEvery = TimeSpan.FromSeconds(5);
        void Log(string line) => Console.Error.WriteLine(line);
        var loadBefore = LoadAverage.OneMinute();

        await using var service = await InProcessService.StartAsync();
        Log($"service on {service.BaseAddress}, database {service.DatabasePath}");
        var started = DateTime.UtcNow;
        IReadOnlyList<MemberSeeder.SeededMember> members;
        using (var connection = service.OpenDatabase())
        {
            members = MemberSeeder.Insert(connection, memberCount);
        }
        Log($"{members.Count} members with store cards inserted in {(DateTime.UtcNow - started).TotalMilliseconds:N0} ms");

        var connections = 0;
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 256,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            UseCookies = false,
            AllowAutoRedirect = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                Interlocked.Increment(ref connections);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        using var client = new HttpClient(handler) { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        var cashierKey = await CreateCashierKeyAsync(client);

        var run = Guid.NewGuid().ToString("N")[..8];
        var load = new OpenLoopLoad(client, sequence =>
        {
            var member = members[(int)(sequence % members.Count)];
            var body = $$"""{"code":"{{member.MemberCode}}","amountMinor":{{1000 + sequence % 5000}},"currency":"EUR","receiptId":"{{run}}-{{sequence}}"}""";
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/till/earn")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", cashierKey);
            request.Headers.Add("Idempotency-Key", $"{run}-{sequence}");
            return request;
        });

        Log("warm-up: 5 s at 200/s");
        Describe(load.Run(200, TimeSpan.FromSeconds(5), sampleEvery), Log);

        Log("one at a time: 5 s, each earn sent when the previous one is answered");
        var serial = await MeasureOneAtATimeAsync(client, load, TimeSpan.FromSeconds(5));
        Log($"  {serial.Count / 5.0:N0}/s, p50 {serial.P50:0.00} ms, p99 {serial.P99:0.00} ms, max {serial.Max:0.0} ms");

        var steps = new List<LoadRun>();
        foreach (var rate in rates)
        {
            Log($"{rate}/s for {duration.TotalSeconds:0} s");
            var result = load.Run(rate, duration, sampleEvery);
            Describe(result, Log);
            steps.Add(result);
        }

        Log($"long run: {AimRate}/s for {soakLength.TotalSeconds:0} s, memory every {sampleEvery.TotalSeconds:0} s");
        var soak = load.Run(AimRate, soakLength, sampleEvery, sample =>
            Log($"  {sample.Memory.At.TotalSeconds,4:0} s: working set {sample.Memory.WorkingSetMiB:N0} MiB, GC heap {sample.Memory.GcHeapMiB:N0} MiB, {sample.Completed:N0} answered"));
        Describe(soak, Log);

        long ledgerRows;
        using (var connection = service.OpenDatabase())
        using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'earn'";
            ledgerRows = (long)count.ExecuteScalar()!;
        }

        var report = new EarnsReport(MachineInfo.Describe(TimeProvider.System), members.Count, connections, serial, steps, soak, ledgerRows, sampleEvery, loadBefore, LoadAverage.OneMinute());
        var markdown = report.ToMarkdown();
        Console.WriteLine(markdown);
        if (options.WritePath is { } path)
        {
            MarkdownSection.Write(path, Name, markdown);
            Log($"wrote the '{Name}' section of {path}");
        }
        return steps.All(s => s.Drained) && soak.Drained ? 0 : 1;
    }

    private static async Task<string> CreateCashierKeyAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/keys")
        {
            Content = JsonContent.Create(new { role = "cashier", storeId = "maple-street", name = "benchmark till" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", InProcessService.AdminKey);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"creating a cashier key: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("key").GetString()!;
    }

    /// <summary>Closed loop with one request in flight: the service time of an earn without queueing.</summary>
    private static async Task<Percentiles> MeasureOneAtATimeAsync(HttpClient client, OpenLoopLoad load, TimeSpan length)
    {
        var latencies = new List<double>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < length)
        {
            var before = clock.Elapsed;
            using var request = load.NextRequest();
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            latencies.Add((clock.Elapsed - before).TotalMilliseconds);
        }
        return Percentiles.Of(latencies);
    }

    private static void Describe(LoadRun run, Action<string> log)
    {
        var latency = run.Latency;
        log($"  {run.TargetRate}/s: achieved {run.AchievedRate:N0}/s, {run.Errors} errors, p50 {latency.P50:0.00} ms, p90 {latency.P90:0.00} ms, p99 {latency.P99:0.00} ms, max {latency.Max:0.0} ms; send lag p99 {run.SendLag.P99:0.00} ms; CPU {run.CpuTime.TotalSeconds / run.Duration.TotalSeconds * 100:0} % of one core");
    }
}
