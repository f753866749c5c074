using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Push;

/// <summary>
/// How far the dispatchers are behind: the pending rows already due, and how long the longest-waiting one
/// has been due. Rows still in their back-off or coalescing delay are not counted.
/// </summary>
public sealed class OutboxBacklog(IDatabase database)
{
    public async Task<OutboxBacklogReading> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(
            "SELECT COUNT(*) AS due, MIN(not_before) AS oldest_due FROM outbox WHERE status = 'pending' AND not_before <= @now",
            new { now }, cancellationToken: cancellationToken));
        var oldestWait = row.OldestDue is { } due && due < now ? now - due : TimeSpan.Zero;
        return new OutboxBacklogReading(row.Due, oldestWait);
    }

    private sealed class Row
    {
        public long Due { get; init; }
        public DateTimeOffset? OldestDue { get; init; }
    }
}

/// <summary>Due pending rows, and how long the oldest of them has waited since it became due (zero when none).</summary>
public sealed record OutboxBacklogReading(long Due, TimeSpan OldestWait);
