namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>
/// At most 3 notifications per pass in any 24 hours, shared between TEXT_AND_NOTIFY messages and
/// patches with NOTIFY_ON_UPDATE; the 4th is refused with 403 <c>quotaExceeded</c>. Not thread-safe: the store locks.
/// </summary>
internal sealed class FakeNotificationQuota(string issuerId, TimeProvider timeProvider)
{
    public const int PerDay = 3;

    private readonly Dictionary<(string Collection, string Id), List<DateTimeOffset>> _sent = [];

    public GoogleErrorReply? TryUse(string collection, string id)
    {
        var now = timeProvider.GetUtcNow();
        if (CountInLastDay(collection, id) >= PerDay)
        {
            return new GoogleErrorReply(
                403,
                "PERMISSION_DENIED",
                $"Quota exceeded for issuer {issuerId} when adding TEXT_AND_NOTIFY message or notifying update to {collection} {id}.",
                "quotaExceeded");
        }

        _sent[(collection, id)].Add(now);
        return null;
    }

    public int CountInLastDay(string collection, string id)
    {
        if (!_sent.TryGetValue((collection, id), out var times))
        {
            _sent[(collection, id)] = times = [];
        }

        var since = timeProvider.GetUtcNow().AddDays(-1);
        times.RemoveAll(time => time <= since);
        return times.Count;
    }
}
