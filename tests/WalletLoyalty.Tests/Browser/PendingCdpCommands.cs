using System.Collections.Concurrent;
using System.Text.Json;

namespace WalletLoyalty.Tests.Browser;

/// <summary>Commands sent to Chromium that still wait for their response, by command id.</summary>
internal sealed class PendingCdpCommands
{
    private readonly ConcurrentDictionary<int, (string Method, TaskCompletionSource<JsonElement> Response)> commands = new();
    private int lastId;

    public (int Id, Task<JsonElement> Response) Add(string method)
    {
        var id = Interlocked.Increment(ref lastId);
        var response = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        commands[id] = (method, response);
        return (id, response.Task);
    }

    public void Forget(int id) => commands.TryRemove(id, out _);

    public void Complete(int id, JsonElement message)
    {
        if (!commands.TryRemove(id, out var command))
        {
            return;
        }

        if (message.TryGetProperty("error", out var error))
        {
            var reason = error.GetProperty("message").GetString();
            command.Response.TrySetException(new CdpException($"{command.Method} failed: {reason}"));
        }
        else
        {
            command.Response.TrySetResult(message.TryGetProperty("result", out var result) ? result.Clone() : default);
        }
    }

    public void FailAll(Exception reason)
    {
        foreach (var (_, (method, response)) in commands)
        {
            response.TrySetException(new IOException($"The DevTools connection closed during {method}.", reason));
        }
    }
}
