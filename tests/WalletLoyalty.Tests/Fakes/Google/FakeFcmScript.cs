using System.Collections.Concurrent;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>Per-token answers programmed by a test; tokens without a script are accepted.</summary>
internal sealed class FakeFcmScript
{
    private readonly ConcurrentDictionary<string, GoogleErrorReply> _always = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<GoogleErrorReply>> _queued = new();

    public void Always(string token, GoogleErrorReply reply) => _always[token] = reply;

    public void Enqueue(string token, IEnumerable<GoogleErrorReply> replies)
    {
        var queue = _queued.GetOrAdd(token, _ => new ConcurrentQueue<GoogleErrorReply>());
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }
    }

    public GoogleErrorReply? NextReplyFor(string token) =>
        _always.TryGetValue(token, out var always)
            ? always
            : _queued.TryGetValue(token, out var queue) && queue.TryDequeue(out var next) ? next : null;
}
