using Dapper;
using Microsoft.Extensions.Options;
using WalletLoyalty.Data;

namespace WalletLoyalty.Push;

/// <summary>
/// Claims due outbox rows with a lease (a dead sender's rows come back when it runs out) and records
/// what became of them in one transaction per round.
/// </summary>
public sealed class OutboxStore(IDatabase database, IOptions<PushOptions> options)
{
    // Each id is one bound parameter; SQLite allows 32 766 and PostgreSQL 65 535 per statement.
    private const int MaxIdsPerStatement = 1000;

    /// <summary>
    /// Claims the due rows, and rows whose sender's lease ran out, under a new lease token. The picks are CTEs,
    /// which PostgreSQL runs once, where a LIMIT subquery under IN may run again per row. A row whose lease
    /// ran out on its last allowed attempt (its sender crashed every time) is failed instead of sent again.
    /// </summary>
    public async Task<OutboxClaim> ClaimAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            $"""
            WITH exhausted AS (
                SELECT id FROM outbox WHERE status = 'sending' AND claimed_until < @now AND attempts >= @maxAttempts{database.SkipLocked})
            UPDATE outbox SET status = 'failed', finished_at = @now, claimed_until = NULL, claim_token = NULL, last_error = @error
            WHERE id IN (SELECT id FROM exhausted)
            """,
            new { now, maxAttempts = options.Value.MaxAttempts, error = "its sender stopped during the last allowed attempt (Push:MaxAttempts)" }, transaction);
        var claimed = await connection.QueryAsync<OutboxMessage>(
            $"""
            WITH picked AS (
                SELECT id FROM outbox
                WHERE (status = 'pending' AND not_before <= @now) OR (status = 'sending' AND claimed_until < @now)
                ORDER BY id LIMIT @limit{database.SkipLocked})
            UPDATE outbox SET status = 'sending', claimed_until = @lease, claim_token = @token, attempts = attempts + 1
            WHERE id IN (SELECT id FROM picked)
            RETURNING id AS Id, channel AS Channel, target AS Target, topic AS Topic, attempts AS Attempts, payload AS Payload
            """,
            new { now, token, lease = now + Lease, limit = options.Value.BatchSize }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return new OutboxClaim(token, claimed.AsList());
    }

    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>Extends the lease of the claim's rows still in flight, so a slow service never has them sent twice.</summary>
    public async Task<int> ExtendAsync(string token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE outbox SET claimed_until = @lease WHERE claim_token = @token AND status = 'sending'",
            new { token, lease = now + Lease });
    }

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DateTimeOffset?>(
            "SELECT MIN(not_before) FROM outbox WHERE status = 'pending'");
    }

    /// <summary>
    /// Records a round's outcomes in one transaction, for the rows the claim still holds. Finished rows are updated together per status and
    /// error (one statement for all the sent ones); retries and dropped device tokens are row by row.
    /// Answers, once committed, how many messages of each channel ended sent, retry, dropped or failed.
    /// </summary>
    public async Task<IReadOnlyList<OutboxTally>> CompleteAsync(string token, IReadOnlyList<OutboxResult> results, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var finished = new List<(long Id, string Channel, string Status, string? Error)>();
        var retried = new List<string>();
        foreach (var result in results)
        {
            var id = result.Message.Id;
            var channel = result.Message.Channel;
            var error = result.Error;
            switch (result.Outcome)
            {
                case OutboxOutcome.Retry when result.Message.Attempts < options.Value.MaxAttempts:
                    var notBefore = now + Backoff.Delay((int)result.Message.Attempts, result.RetryAfter);
                    // A newer push for the same device may be waiting already; it covers this one.
                    var requeued = await connection.ExecuteAsync(
                        """
                        UPDATE outbox SET status = 'pending', not_before = @notBefore, claimed_until = NULL, claim_token = NULL, last_error = @error
                        WHERE id = @id AND claim_token = @token AND status = 'sending' AND NOT (payload IS NULL AND EXISTS (
                            SELECT 1 FROM outbox o WHERE o.channel = outbox.channel AND o.target = outbox.target
                              AND o.status = 'pending' AND o.payload IS NULL))
                        """,
                        new { id, token, notBefore, error }, transaction);
                    if (requeued == 0)
                    {
                        finished.Add((id, channel, "dropped", "coalesced into a newer push after: " + error));
                    }
                    else
                    {
                        retried.Add(channel);
                    }
                    break;
                case OutboxOutcome.Sent:
                    finished.Add((id, channel, "sent", error));
                    break;
                case OutboxOutcome.Dropped:
                    finished.Add((id, channel, "dropped", error));
                    if (result.Message.Channel == PushOutbox.ApnsChannel)
                    {
                        await DeviceRegistrations.ForgetPushTokenAsync(connection, transaction, result.Message.Target, now, result.GoneSince);
                    }
                    break;
                default:
                    finished.Add((id, channel, "failed", error));
                    break;
            }
        }
        // Counted from the rows the statements changed: a row another claim took over is not this round's outcome.
        var tallies = retried.GroupBy(channel => channel).Select(g => new OutboxTally(g.Key, "retry", g.Count())).ToList();
        foreach (var group in finished.GroupBy(f => (f.Channel, f.Status, f.Error)))
        {
            var changed = 0;
            foreach (var ids in group.Select(f => f.Id).Chunk(MaxIdsPerStatement))
            {
                changed += await connection.ExecuteAsync(
                    $"""
                    UPDATE outbox SET status = @status, finished_at = @now, claimed_until = NULL, claim_token = NULL, last_error = @error
                    WHERE {SqlLists.In(connection, "id", "@ids")} AND claim_token = @token AND status = 'sending'
                    """,
                    new { ids, token, status = group.Key.Status, error = group.Key.Error, now }, transaction);
            }
            tallies.Add(new OutboxTally(group.Key.Channel, group.Key.Status, changed));
        }
        await transaction.CommitAsync(cancellationToken);
        return tallies.Where(t => t.Count > 0)
            .GroupBy(t => (t.Channel, t.Outcome))
            .Select(g => new OutboxTally(g.Key.Channel, g.Key.Outcome, g.Sum(t => t.Count)))
            .ToList();
    }
}

/// <summary>How many messages of a channel one round ended with one outcome: sent, retry, dropped or failed.</summary>
public sealed record OutboxTally(string Channel, string Outcome, long Count);
