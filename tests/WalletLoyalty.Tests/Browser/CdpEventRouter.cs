using System.Text.Json;

namespace WalletLoyalty.Tests.Browser;

/// <summary>Delivers CDP events to the handlers subscribed for their session and method.</summary>
internal sealed class CdpEventRouter
{
    private readonly Lock gate = new();
    private readonly List<CdpSubscription> subscriptions = [];

    public IDisposable Subscribe(string? sessionId, string method, Action<JsonElement> handler)
    {
        var subscription = new CdpSubscription(sessionId, method, handler, Unsubscribe);
        lock (gate)
        {
            subscriptions.Add(subscription);
        }

        return subscription;
    }

    public void Publish(string? sessionId, string method, JsonElement parameters)
    {
        CdpSubscription[] matching;
        lock (gate)
        {
            matching = [.. subscriptions.Where(subscription => subscription.Matches(sessionId, method))];
        }

        foreach (var subscription in matching)
        {
            subscription.Deliver(parameters);
        }
    }

    private void Unsubscribe(CdpSubscription subscription)
    {
        lock (gate)
        {
            subscriptions.Remove(subscription);
        }
    }
}
