using System.Collections.Concurrent;

namespace WalletLoyalty.Tests.Fakes;

/// <summary>Per-token behaviour programmed by a test; tokens without a script are accepted.</summary>
internal sealed class FakeApnsScript
{
    private readonly ConcurrentDictionary<string, DateTimeOffset?> _unregistered = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeApnsReply>> _queued =
        new(StringComparer.OrdinalIgnoreCase);

    public void MarkUnregistered(string token, DateTimeOffset? since) => _unregistered[token] = since;

    public void Enqueue(string token, IEnumerable<FakeApnsReply> replies)
    {
        var queue = _queued.GetOrAdd(token, _ => new ConcurrentQueue<FakeApnsReply>());
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }
    }

    public FakeApnsReply NextReplyFor(string token)
    {
        if (_unregistered.TryGetValue(token, out var since))
        {
            return new FakeApnsReply(410, "Unregistered", UnregisteredSince: since);
        }

        return _queued.TryGetValue(token, out var queue) && queue.TryDequeue(out var reply)
            ? reply
            : FakeApnsReply.Ok;
    }
}
