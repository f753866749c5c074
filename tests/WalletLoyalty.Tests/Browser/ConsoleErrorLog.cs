using System.Text.Json;

namespace WalletLoyalty.Tests.Browser;

/// <summary>Uncaught exceptions and console.error calls of one page, in the order they happened.</summary>
internal sealed class ConsoleErrorLog : IDisposable
{
    private readonly Lock gate = new();
    private readonly List<string> errors = [];
    private readonly IDisposable[] subscriptions;

    public ConsoleErrorLog(CdpSession session)
    {
        subscriptions =
        [
            session.Subscribe("Runtime.exceptionThrown", OnExceptionThrown),
            session.Subscribe("Runtime.consoleAPICalled", OnConsoleCalled),
        ];
    }

    public IReadOnlyList<string> Snapshot()
    {
        lock (gate)
        {
            return [.. errors];
        }
    }

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }
    }

    private void OnExceptionThrown(JsonElement parameters) =>
        Add(JavaScriptException.MessageOf(parameters.GetProperty("exceptionDetails")));

    private void OnConsoleCalled(JsonElement parameters)
    {
        if (parameters.GetProperty("type").GetString() != "error")
        {
            return;
        }

        var arguments = parameters.GetProperty("args").EnumerateArray().Select(Describe);
        Add("console.error: " + string.Join(' ', arguments));
    }

    private static string Describe(JsonElement remoteObject) =>
        remoteObject.TryGetProperty("value", out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()
            : remoteObject.TryGetProperty("description", out var description) ? description.GetString()! : "";

    private void Add(string error)
    {
        lock (gate)
        {
            errors.Add(error);
        }
    }
}
