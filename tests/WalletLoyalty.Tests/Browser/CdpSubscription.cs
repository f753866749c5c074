using System.Text.Json;

namespace WalletLoyalty.Tests.Browser;

/// <summary>A handler for one CDP event of one session; disposing it stops delivery.</summary>
internal sealed class CdpSubscription(
    string? sessionId, string method, Action<JsonElement> handler, Action<CdpSubscription> unsubscribe) : IDisposable
{
    public bool Matches(string? eventSessionId, string eventMethod) =>
        sessionId == eventSessionId && method == eventMethod;

    public void Deliver(JsonElement parameters) => handler(parameters);

    public void Dispose() => unsubscribe(this);
}
