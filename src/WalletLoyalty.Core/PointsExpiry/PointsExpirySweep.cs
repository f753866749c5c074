using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.PointsExpiry;

/// <summary>
/// Expires the points that are due and reminds members of the points about to be, program by program, a batch of
/// members per transaction. Each member's row is touched first, so a till's redeem and a second sweep (another node)
/// wait for this one and then find the ledger as it left it: due points expire once, and a day is reminded once.
/// </summary>
public sealed class PointsExpirySweep(IDatabase database, ProgramCatalog programs, PointsExpiryWriter writer, IOptions<PointsExpiryOptions> options, TimeProvider time)
{
    public async Task<PointsExpiryResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var result = new PointsExpiryResult(0, 0, 0);
        foreach (var program in programs.All.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            if (program.Template.Mechanics.PointsExpiry is not { } rules)
            {
                continue;
            }
            var (members, points) = await ExpireAsync(program, rules, now, cancellationToken);
            var reminded = rules.ReminderDays > 0 ? await RemindAsync(program, rules, now, cancellationToken) : 0;
            result = new PointsExpiryResult(result.Members + members, checked(result.Points + points), result.Reminders + reminded);
        }
        return result;
    }

    private async Task<(long Members, long Points)> ExpireAsync(LoyaltyProgram program, PointsExpiryRules rules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        long members = 0, points = 0;
        var creditedBy = rules.CreditedBy(now);
        await foreach (var batch in BatchesAsync(program, ExpiryLedger.HasPointsCreditedBy, new { creditedBy }, cancellationToken))
        {
            var expired = await InTransactionAsync((connection, transaction) => writer.ExpireAsync(connection, transaction, program, rules, batch, now), cancellationToken);
            members += expired.Count(p => p > 0);
            points = checked(points + expired.Sum());
        }
        return (members, points);
    }

    private async Task<long> RemindAsync(LoyaltyProgram program, PointsExpiryRules rules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        long reminded = 0;
        // Members with points due by the end of the reminder's days, not reminded of a day still ahead.
        var condition = ExpiryLedger.HasPointsCreditedBy
            + " AND NOT EXISTS (SELECT 1 FROM points_expiry_reminders r WHERE r.member_id = m.id AND r.expires_at > @now)";
        var parameters = new { creditedBy = rules.CreditedBy(now.AddDays(rules.ReminderDays)), now };
        await foreach (var batch in BatchesAsync(program, condition, parameters, cancellationToken))
        {
            reminded += await InTransactionAsync((connection, transaction) => writer.RemindAsync(connection, transaction, program, rules, batch, now), cancellationToken);
        }
        return reminded;
    }

    /// <summary>The program's members with points who meet the condition, by id, a batch at a time; never all in memory at once.</summary>
    private async IAsyncEnumerable<IReadOnlyList<long>> BatchesAsync(LoyaltyProgram program, string condition, object parameters,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batchSize = options.Value.BatchSize;
        long after = 0;
        while (true)
        {
            var bound = new DynamicParameters(parameters);
            bound.AddDynamicParams(new { programId = program.Id, after, batchSize });
            List<long> ids;
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                ids = (await connection.QueryAsync<long>(new CommandDefinition(
                    $"""
                    SELECT m.id FROM members m
                    WHERE m.program_id = @programId AND m.points_balance > 0 AND m.id > @after AND {condition}
                    ORDER BY m.id LIMIT @batchSize
                    """,
                    bound, cancellationToken: cancellationToken))).AsList();
            }
            if (ids.Count == 0)
            {
                yield break;
            }
            yield return ids;
            if (ids.Count < batchSize)
            {
                yield break;
            }
            after = ids[^1];
        }
    }

    private async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        T result;
        using (await database.EnterWriterQueueAsync(cancellationToken))
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
        }
        writer.Committed();
        return result;
    }
}

/// <summary>What one sweep did: members whose points expired, the points, and reminders sent.</summary>
public sealed record PointsExpiryResult(long Members, long Points, long Reminders);
