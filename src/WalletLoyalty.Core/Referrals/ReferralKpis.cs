using System.Data.Common;
using Dapper;
using WalletLoyalty.Kpis;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Referrals;

/// <summary>
/// The referral figures of the KPI report (docs/kpis.md): the members friends brought, and what those members bought in
/// the period, counted from the same member tallies as the other figures, so a purchase and its refund count alike.
/// Only for a program that runs referrals; the report of any other program is as before.
/// </summary>
public static class ReferralKpis
{
    public static async Task<KpiFigures> AddAsync(DbConnection connection, LoyaltyProgram program, int set, KpiWindows windows,
        IReadOnlyDictionary<long, MemberTally> members, KpiFigures figures, CancellationToken cancellationToken)
    {
        if (program.Template.Mechanics.Referral is null)
        {
            return figures;
        }
        var period = windows.Spans[KpiWindows.Period];
        var referred = await connection.QueryAsync<(long FriendId, DateTimeOffset JoinedAt)>(new CommandDefinition(
            "SELECT friend_member_id, joined_at FROM referrals WHERE program_id = @program AND refusal IS NULL AND referrer_member_id IS NOT NULL",
            new { program = program.Id }, cancellationToken: cancellationToken));
        long joined = 0, customers = 0, purchases = 0, net = 0;
        foreach (var (friendId, joinedAt) in referred)
        {
            if (!members.TryGetValue(friendId, out var friend) || joinedAt.UtcTicks >= period.End)
            {
                continue;
            }
            joined += period.Contains(joinedAt.UtcTicks) ? 1 : 0;
            var bought = friend.Purchases(set, KpiWindows.Period);
            customers += bought > 0 ? 1 : 0;
            purchases += bought;
            net = checked(net + friend.Amount(set, KpiWindows.Period));
        }
        var rewarded = await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT friend_member_id FROM referral_rewards WHERE program_id = @program AND outcome = 'paid' AND decided_at >= @from AND decided_at < @to",
            new { program = program.Id, from = KpiLedger.Instant(period.Start), to = KpiLedger.Instant(period.End) }, cancellationToken: cancellationToken));
        return figures with
        {
            ReferredMembers = joined, ReferredCustomers = customers, ReferredPurchases = purchases, ReferredNetAmountMinor = net,
            ReferralsRewarded = rewarded.LongCount(members.ContainsKey),
        };
    }
}
