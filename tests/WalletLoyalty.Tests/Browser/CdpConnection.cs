using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WalletLoyalty.Tests.Browser;

/// <summary>
/// The websocket to Chromium's browser endpoint. Pages talk through it as flattened sessions,
/// so one receive loop routes every response and event.
/// </summary>
public sealed class CdpConnection : IAsyncDisposable
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private static readonly JsonSerializerOptions SerializerOptions =
        new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly ClientWebSocket socket;
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly PendingCdpCommands pending = new();
    private readonly CdpEventRouter events = new();
    private readonly CancellationTokenSource stopReceiving = new();
    private readonly Task receiveLoop;
    private volatile Exception? closedBecause;

    private CdpConnection(ClientWebSocket socket)
    {
        this.socket = socket;
        receiveLoop = Task.Run(ReceiveLoopAsync);
    }

    public bool IsClosed => closedBecause is not null;

    public static async Task<CdpConnection> ConnectAsync(Uri browserEndpoint)
    {
        var socket = new ClientWebSocket();
        try
        {
            using var timeout = new CancellationTokenSource(CommandTimeout);
            await socket.ConnectAsync(browserEndpoint, timeout.Token);
            return new CdpConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters = null, string? sessionId = null)
    {
        var (id, response) = pending.Add(method);
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            if (closedBecause is { } reason)
            {
                throw new IOException($"Cannot send {method}: the DevTools connection is closed.", reason);
            }

            var message = JsonSerializer.SerializeToUtf8Bytes(
                new { id, method, sessionId, @params = parameters ?? new { } }, SerializerOptions);
            await sendLock.WaitAsync(timeout.Token);
            try
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
            }
            finally
            {
                sendLock.Release();
            }

            return await response.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"Chromium did not answer {method} within {CommandTimeout.TotalSeconds} s.");
        }
        finally
        {
            pending.Forget(id);
        }
    }

    /// <summary>Handlers run on the receive loop, so they must be quick and must not await commands.</summary>
    public IDisposable Subscribe(string method, Action<JsonElement> handler, string? sessionId = null) =>
        events.Subscribe(sessionId, method, handler);

    public async ValueTask DisposeAsync()
    {
        await stopReceiving.CancelAsync();
        await receiveLoop;
        socket.Dispose();
        sendLock.Dispose();
        stopReceiving.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer.AsMemory(), stopReceiving.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    throw new WebSocketException("Chromium closed the DevTools connection.");
                }

                message.Write(buffer, 0, received.Count);
                if (received.EndOfMessage)
                {
                    Dispatch(message.GetBuffer().AsMemory(0, (int)message.Length));
                    message.SetLength(0);
                }
            }
        }
        catch (Exception reason)
        {
            // Every failure ends the connection, so waiting commands fail now instead of timing out.
            closedBecause = reason;
            pending.FailAll(reason);
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var id))
        {
            pending.Complete(id.GetInt32(), root);
            return;
        }

        var method = root.GetProperty("method").GetString()!;
        var sessionId = root.TryGetProperty("sessionId", out var session) ? session.GetString() : null;
        var parameters = root.TryGetProperty("params", out var eventParameters) ? eventParameters.Clone() : default;
        events.Publish(sessionId, method, parameters);
    }
}
