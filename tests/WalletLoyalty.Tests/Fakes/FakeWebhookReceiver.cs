using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WalletLoyalty.Tests.Fakes;

/// <summary>
/// An integration's webhook endpoint on a loopback port. It checks every delivery as docs/webhooks.md tells a real
/// one to: the HMAC-SHA256 of "timestamp.body" with the secret it was given, and a timestamp within five minutes of
/// its own clock. A delivery that fails either check is answered 401 and not accepted. Replies can be scripted.
/// </summary>
public sealed class FakeWebhookReceiver : IAsyncDisposable
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly Queue<FakeWebhookReply> _script = new();
    private readonly List<ReceivedWebhook> _received = [];
    private readonly Channel<ReceivedWebhook> _arrivals = Channel.CreateUnbounded<ReceivedWebhook>();

    private FakeWebhookReceiver(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    public string Url => _app.Urls.First() + "/hooks";

    /// <summary>The secret the integration was given; until it is set, every delivery fails the signature check.</summary>
    public string Secret { get; set; } = "";

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <param name="clock">The receiver's own clock for the timestamp check (the service's fake clock in tests that move time).</param>
    public static async Task<FakeWebhookReceiver> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new FakeWebhookReceiver(app, clock ?? TimeProvider.System);
        app.MapPost("/hooks", (Func<HttpContext, Task<IResult>>)receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    /// <summary>The next deliveries get these answers in turn; afterwards, 204.</summary>
    public void Script(params FakeWebhookReply[] replies)
    {
        lock (_gate)
        {
            foreach (var reply in replies)
            {
                _script.Enqueue(reply);
            }
        }
    }

    /// <summary>Waits for the next delivery to arrive (accepted or not).</summary>
    public async Task<ReceivedWebhook> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        try
        {
            return await _arrivals.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("No webhook delivery arrived");
        }
    }

    /// <summary>Waits for a delivery of the event type, skipping others.</summary>
    public async Task<ReceivedWebhook> NextOfTypeAsync(string type)
    {
        while (true)
        {
            var next = await NextAsync();
            if (next.Type == type)
            {
                return next;
            }
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers;
        var timestamp = headers["WalletLoyalty-Timestamp"].ToString();
        var signature = headers["WalletLoyalty-Signature"].ToString();
        var signed = long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && SignatureHolds(timestamp, body, signature);
        var fresh = signed && (_clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() <= Tolerance;
        FakeWebhookReply reply;
        ReceivedWebhook received;
        lock (_gate)
        {
            reply = _script.Count > 0 ? _script.Dequeue() : FakeWebhookReply.Ok;
            received = new ReceivedWebhook(body, headers["WalletLoyalty-Event-Id"].ToString(), headers["WalletLoyalty-Event-Type"].ToString(),
                signed, fresh, seconds, headers["WalletLoyalty-Delivery"].ToString(), headers.ContentType.ToString());
            _received.Add(received);
        }
        _arrivals.Writer.TryWrite(received);
        if (!signed || !fresh)
        {
            return Results.Problem(signed ? "stale timestamp" : "bad signature", statusCode: StatusCodes.Status401Unauthorized);
        }
        if (reply.AnswerAfter is { } delay)
        {
            await Task.Delay(delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        return Results.StatusCode(reply.Status);
    }

    private bool SignatureHolds(string timestamp, string body, string header)
    {
        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(header));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record FakeWebhookReply(int Status, TimeSpan? AnswerAfter = null)
{
    public static readonly FakeWebhookReply Ok = new(204);
}

/// <summary>A delivery as the receiver saw it, and whether it passed the integration's checks.</summary>
public sealed record ReceivedWebhook(string Body, string EventId, string Type, bool SignatureValid, bool TimestampFresh, long Timestamp, string DeliveryId, string ContentType)
{
    public bool Accepted => SignatureValid && TimestampFresh;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public JsonElement Data => Json.GetProperty("data");
}
