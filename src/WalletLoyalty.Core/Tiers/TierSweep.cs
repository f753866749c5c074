using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Tiers;

/// <summary>How many members a tier sweep moved.</summary>
public sealed record TierSweepResult(int GraceStarted, int Downgraded, int Kept, int Upgraded, int Recounted);

/// <summary>
/// Counts the tier of every member of the programs with tier perks again, in batches: points slide out of the
/// 12-month window without any purchase, so this is how an inactive member enters grace and then drops. Each
/// card is pushed only when the tier, grace or notice moved; points sliding out alone show at its next update. Each
/// write is conditional on the row it was decided from, so two nodes sweeping at once move a member once.
/// </summary>
public sealed class TierSweep(IDatabase database, ProgramCatalog programs, PassUpdates updates, TimeProvider time)
{
    public const int BatchSize = 500;

    public async Task<TierSweepResult> RunAsync(CancellationToken cancellationToken)
    {
        var counts = new Dictionary<TierChange, int>();
        var recounted = 0;
        foreach (var program in programs.All.Where(p => p.Template.Mechanics.TierPerks is not null))
        {
            long after = 0;
            while (true)
            {
                var (last, batch) = await SweepBatchAsync(program, after, counts, cancellationToken);
                if (last is null)
                {
                    break;
                }
                recounted += batch;
                after = last.Value;
            }
        }
        return new TierSweepResult(counts.GetValueOrDefault(TierChange.GraceStarted), counts.GetValueOrDefault(TierChange.Downgraded),
            counts.GetValueOrDefault(TierChange.Kept), counts.GetValueOrDefault(TierChange.Upgraded), recounted);
    }

    /// <summary>One batch of members after an id, in one transaction; answers the last id (null when none were left) and how many rows changed.</summary>
    private async Task<(long? Last, int Changed)> SweepBatchAsync(LoyaltyProgram program, long after, Dictionary<TierChange, int> counts, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var standings = (await connection.QueryAsync<TierStanding>(new CommandDefinition(
            $"SELECT {TierStanding.Columns} FROM members WHERE program_id = @program AND id > @after AND erased_at IS NULL ORDER BY id LIMIT {BatchSize}",
            new { program = program.Id, after }, transaction, cancellationToken: cancellationToken))).AsList();
        if (standings.Count == 0)
        {
            return (null, 0);
        }
        var earned = (await connection.QueryAsync<(long MemberId, long Points)>(new CommandDefinition(
            """
            SELECT member_id, SUM(points) FROM ledger_entries
            WHERE program_id = @program AND member_id > @after AND member_id <= @last AND kind IN ('earn', 'reverse') AND occurred_at >= @since
            GROUP BY member_id
            """,
            new { program = program.Id, after, last = standings[^1].MemberId, since = now - TierUpdate.Window }, transaction,
            cancellationToken: cancellationToken))).ToDictionary(e => e.MemberId, e => e.Points);
        var changed = 0;
        foreach (var standing in standings)
        {
            var points = earned.GetValueOrDefault(standing.MemberId);
            var decision = TierDecision.Decide(program, standing, points, now, immediate: false);
            if (!await TierUpdate.SaveAsync(connection, transaction, standing, decision, points))
            {
                continue;
            }
            changed++;
            counts[decision.Change] = counts.GetValueOrDefault(decision.Change) + 1;
            if (decision.Change == TierChange.Upgraded)
            {
                await TierUpdate.GiveWelcomeGiftAsync(connection, transaction, program, standing.MemberId, decision.Tier, now);
            }
            if (decision.Change != TierChange.None)
            {
                await updates.MemberCardsChangedAsync(connection, transaction, standing.MemberId, now);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        updates.Committed();
        return (standings[^1].MemberId, changed);
    }
}
