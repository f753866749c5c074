using System.Text.Json;

namespace WalletLoyalty.Tests.Browser;

/// <summary>Commands and events of one attached target, multiplexed over the browser connection.</summary>
public sealed class CdpSession(CdpConnection connection, string sessionId)
{
    public Task<JsonElement> SendAsync(string method, object? parameters = null) =>
        connection.SendAsync(method, parameters, sessionId);

    public IDisposable Subscribe(string method, Action<JsonElement> handler) =>
        connection.Subscribe(method, handler, sessionId);
}
