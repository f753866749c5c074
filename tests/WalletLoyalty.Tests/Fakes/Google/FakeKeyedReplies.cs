using System.Collections.Concurrent;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>
/// Answers programmed by a test per key (an FCM token, a Wallet object id): errors to give, and how long to
/// wait before answering. Keys without a script are served normally and at once.
/// </summary>
internal sealed class FakeKeyedReplies
{
    private readonly ConcurrentDictionary<string, GoogleErrorReply> _always = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<GoogleErrorReply>> _queued = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<TimeSpan>> _delays = new();

    public void Always(string key, GoogleErrorReply reply) => _always[key] = reply;

    public void Enqueue(string key, IEnumerable<GoogleErrorReply> replies)
    {
        var queue = _queued.GetOrAdd(key, _ => new ConcurrentQueue<GoogleErrorReply>());
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }
    }

    /// <summary>The next requests for the key are answered only after these delays, in order.</summary>
    public void DelayNext(string key, params TimeSpan[] delays)
    {
        var queue = _delays.GetOrAdd(key, _ => new ConcurrentQueue<TimeSpan>());
        foreach (var delay in delays)
        {
            queue.Enqueue(delay);
        }
    }

    public GoogleErrorReply? NextReplyFor(string key) =>
        _always.TryGetValue(key, out var always)
            ? always
            : _queued.TryGetValue(key, out var queue) && queue.TryDequeue(out var next) ? next : null;

    public TimeSpan NextDelayFor(string key) =>
        _delays.TryGetValue(key, out var queue) && queue.TryDequeue(out var delay) ? delay : TimeSpan.Zero;
}
