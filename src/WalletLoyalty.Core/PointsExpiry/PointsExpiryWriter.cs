using System.Data.Common;
using Dapper;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Till;

namespace WalletLoyalty.PointsExpiry;

/// <summary>The sweep's writes for a batch of members, in the caller's transaction: expire entries, reminders, and the cards they change.</summary>
public sealed class PointsExpiryWriter(PassUpdates updates)
{
    public const string LedgerKind = "expire";

    /// <summary>Expires each member's due points (never more than the balance); the points taken, by member in order.</summary>
    public async Task<IReadOnlyList<long>> ExpireAsync(DbConnection connection, DbTransaction transaction, LoyaltyProgram program, PointsExpiryRules rules,
        IReadOnlyList<long> memberIds, DateTimeOffset now)
    {
        var taken = new List<long>(memberIds.Count);
        foreach (var memberId in memberIds)
        {
            if (await TouchAsync(connection, transaction, program, memberId) is not { } balance)
            {
                taken.Add(0);
                continue;
            }
            var due = Math.Min(balance, await ExpiryLedger.LeftOfCreditsByAsync(connection, transaction, memberId, rules.CreditedBy(now)));
            if (due > 0)
            {
                var after = await LedgerWriter.TakeExpiredAsync(connection, transaction, memberId, due)
                    ?? throw new InvalidOperationException("The balance was read under the member's lock in this transaction");
                await LedgerWriter.AppendAsync(connection, transaction, new LedgerEntry
                {
                    ProgramId = program.Id, MemberId = memberId, Kind = LedgerKind, Points = -due, BalanceAfter = after, OccurredAt = now,
                });
                await updates.MemberCardsChangedAsync(connection, transaction, memberId, now);
            }
            taken.Add(due);
        }
        return taken;
    }

    /// <summary>Records a reminder of each member's next day of expiry within the reminder's days, once per day; the reminders written.</summary>
    public async Task<long> RemindAsync(DbConnection connection, DbTransaction transaction, LoyaltyProgram program, PointsExpiryRules rules,
        IReadOnlyList<long> memberIds, DateTimeOffset now)
    {
        long reminded = 0;
        foreach (var memberId in memberIds)
        {
            if (await TouchAsync(connection, transaction, program, memberId) is null
                || await ExpiringPoints.NextAsync(connection, transaction, memberId, rules, program.TimeZone) is not { Reminded: false } next
                || next.ExpiresAt <= now || next.ExpiresAt > now.AddDays(rules.ReminderDays))
            {
                continue;
            }
            var written = await connection.ExecuteScalarAsync<long?>(
                """
                INSERT INTO points_expiry_reminders (member_id, expires_on, expires_at, points, reminded_at)
                VALUES (@memberId, @day, @ExpiresAt, @Points, @now)
                ON CONFLICT (member_id, expires_on) DO NOTHING
                RETURNING member_id
                """,
                new { memberId, day = ExpiringPoints.DayText(next.Day), next.ExpiresAt, next.Points, now }, transaction);
            if (written is not null)
            {
                await updates.MemberCardsChangedAsync(connection, transaction, memberId, now);
                reminded++;
            }
        }
        return reminded;
    }

    public void Committed() => updates.Committed();

    /// <summary>
    /// Locks the member's row before anything is read (PostgreSQL): a redeem or another sweep in progress commits first, and
    /// one that comes later waits for this transaction. The balance, or null for a member not of the program.
    /// </summary>
    private static Task<long?> TouchAsync(DbConnection connection, DbTransaction transaction, LoyaltyProgram program, long memberId) =>
        connection.QuerySingleOrDefaultAsync<long?>(
            "UPDATE members SET points_balance = points_balance WHERE id = @memberId AND program_id = @programId RETURNING points_balance",
            new { memberId, programId = program.Id }, transaction);
}
