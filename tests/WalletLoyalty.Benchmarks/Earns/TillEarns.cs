using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Earns;

/// <summary>
/// <c>POST /api/v1/till/earn</c> against the nodes of one installation, taking turns between them, each request with
/// its own receipt and <c>Idempotency-Key</c>; and what the nodes acknowledged (earns and points credited), to hold
/// against the ledger afterwards.
/// </summary>
public sealed class TillEarns : IDisposable
{
    private readonly List<(SocketsHttpHandler Handler, HttpClient Client)> _nodes;
    private readonly IReadOnlyList<MemberSeeder.SeededMember> _members;
    private string _cashierKey = "";
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private long _sequence;
    private long _acknowledged;
    private long _pointsAcknowledged;
    private int _connections;

    private TillEarns(IEnumerable<Uri> nodes, IReadOnlyList<MemberSeeder.SeededMember> members)
    {
        _members = members;
        _nodes = [.. nodes.Select(address =>
        {
            var handler = new SocketsHttpHandler
            {
                MaxConnectionsPerServer = 256,
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
                UseCookies = false,
                AllowAutoRedirect = false,
                ConnectCallback = ConnectAsync,
            };
            return (handler, new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) });
        })];
    }

    public long Sent => Interlocked.Read(ref _sequence);
    public long Acknowledged => Interlocked.Read(ref _acknowledged);
    public long PointsAcknowledged => Interlocked.Read(ref _pointsAcknowledged);

    /// <summary>TCP connections opened to all nodes so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public static async Task<TillEarns> CreateAsync(Installation installation, IReadOnlyList<MemberSeeder.SeededMember> members)
    {
        var earns = new TillEarns(installation.Nodes.Select(n => n.BaseAddress), members);
        try
        {
            earns._cashierKey = await CreateCashierKeyAsync(earns._nodes[0].Client);
            return earns;
        }
        catch
        {
            earns.Dispose();
            throw;
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _connections);
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
    }

    /// <summary>Sends the next earn to the next node; the HTTP status, or -1 when no answer came.</summary>
    public async Task<int> SendAsync()
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var client = _nodes[(int)(sequence % _nodes.Count)].Client;
        var member = _members[(int)(sequence % _members.Count)];
        var body = $$"""{"code":"{{member.MemberCode}}","amountMinor":{{1000 + sequence % 5000}},"currency":"EUR","receiptId":"{{_run}}-{{sequence}}"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/till/earn")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _cashierKey);
        request.Headers.Add("Idempotency-Key", $"{_run}-{sequence}");
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            if (response.IsSuccessStatusCode)
            {
                var answer = await response.Content.ReadFromJsonAsync<EarnAnswer>(JsonSerializerOptions.Web);
                Interlocked.Increment(ref _acknowledged);
                Interlocked.Add(ref _pointsAcknowledged, answer!.PointsCredited);
            }
            return (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            return -1;
        }
    }

    private sealed record EarnAnswer(long PointsCredited);

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

    public void Dispose()
    {
        foreach (var (handler, client) in _nodes)
        {
            client.Dispose();
            handler.Dispose();
        }
    }
}
