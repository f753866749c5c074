using System.Data.Common;
using Dapper;
using WalletLoyalty.Programs;
using WalletLoyalty.Till;

namespace WalletLoyalty.Tiers;

/// <summary>What counting a member's tier again changed: the tier, whether the card shows something new, and a welcome gift.</summary>
public sealed record TierOutcome(string Tier, bool CardChanged, long WelcomePoints);

/// <summary>Counts a member's tier again inside the caller's transaction, and gives the welcome gift of a tier reached.</summary>
public static class TierUpdate
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(365);

    /// <summary>The points, net of reversals, a member earned in the 12 months before now.</summary>
    public static async Task<long> EarnedAsync(DbConnection connection, DbTransaction transaction, long memberId, DateTimeOffset now) =>
        await connection.ExecuteScalarAsync<long?>(
            "SELECT SUM(points) FROM ledger_entries WHERE member_id = @memberId AND kind IN ('earn', 'reverse') AND occurred_at >= @since",
            new { memberId, since = now - Window }, transaction) ?? 0;

    /// <param name="immediate">True for a reversal: the tier follows the points at once, without grace.</param>
    public static async Task<TierOutcome> ApplyAsync(DbConnection connection, DbTransaction transaction, LoyaltyProgram program, long memberId, DateTimeOffset now, bool immediate = false)
    {
        var standing = await connection.QuerySingleAsync<TierStanding>(
            $"SELECT {TierStanding.Columns} FROM members WHERE id = @memberId", new { memberId }, transaction);
        var earned = await EarnedAsync(connection, transaction, memberId, now);
        var decision = TierDecision.Decide(program, standing, earned, now, immediate);
        var changed = await SaveAsync(connection, transaction, standing, decision, earned);
        var gift = decision.Change == TierChange.Upgraded ? await GiveWelcomeGiftAsync(connection, transaction, program, memberId, decision.Tier, now) : 0;
        return new TierOutcome(decision.Tier, changed, gift);
    }

    /// <summary>Writes the decision if the row still holds what it was made from; false when nothing changed or another writer came first.</summary>
    public static async Task<bool> SaveAsync(DbConnection connection, DbTransaction transaction, TierStanding standing, TierDecision decision, long earned)
    {
        if (decision.Tier == standing.Tier && decision.GraceUntil == standing.GraceUntil && decision.Notice == standing.Notice && earned == standing.TierPoints)
        {
            return false;
        }
        var graceAsBefore = standing.GraceUntil is null ? "tier_grace_until IS NULL" : "tier_grace_until = @graceBefore";
        var rows = await connection.ExecuteAsync(
            $"""
            UPDATE members SET tier = @Tier, tier_points = @earned, tier_grace_until = @GraceUntil, tier_notice = @Notice
            WHERE id = @memberId AND tier = @tierBefore AND tier_points = @pointsBefore AND {graceAsBefore}
            """,
            new
            {
                decision.Tier, earned, decision.GraceUntil, decision.Notice, memberId = standing.MemberId,
                tierBefore = standing.Tier, pointsBefore = standing.TierPoints, graceBefore = standing.GraceUntil,
            }, transaction);
        return rows == 1;
    }

    public static async Task<long> GiveWelcomeGiftAsync(DbConnection connection, DbTransaction transaction, LoyaltyProgram program, long memberId, string tier, DateTimeOffset now)
    {
        var points = program.Template.Mechanics.TierPerks?.For(tier)?.WelcomePoints ?? 0;
        if (points <= 0)
        {
            return 0;
        }
        var first = await connection.ExecuteAsync(
            "INSERT INTO tier_welcome_gifts (member_id, tier, given_at) VALUES (@memberId, @tier, @now) ON CONFLICT DO NOTHING",
            new { memberId, tier, now }, transaction);
        if (first == 0)
        {
            return 0;
        }
        var balance = await LedgerWriter.MoveBalanceAsync(connection, transaction, memberId, points, now)
            ?? throw new InvalidOperationException("A gift cannot make a balance negative");
        await LedgerWriter.AppendAsync(connection, transaction, new LedgerEntry
        {
            ProgramId = program.Id, MemberId = memberId, Kind = "bonus", Points = points, BalanceAfter = balance, OccurredAt = now,
            Reason = $"Welcome gift: {tier}",
        });
        return points;
    }
}
