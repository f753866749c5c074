using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Campaigns;

/// <summary>Selects a run's audience once, in the transaction that creates the run, and draws its hold-out.</summary>
public static class RecipientSelection
{
    public static async Task<(int Audience, int HoldOut)> SelectAsync(
        DbConnection connection, DbTransaction transaction, long runId, Campaign campaign, LoyaltyProgram program, DateTimeOffset now, int purchaseWindowDays)
    {
        var automated = campaign.Trigger.Type == TriggerTypes.Daily ? campaign : null;
        var audience = AudienceQuery.Build(program, campaign.Audience, now, automated);
        var memberIds = (await connection.QueryAsync<long>("SELECT m.id " + audience.From + " ORDER BY m.id", audience.Parameters, transaction)).AsList();
        var holdOut = HoldOut.Pick(memberIds, campaign.Audience.HoldOutPercent);
        var until = now.AddDays(purchaseWindowDays);
        await new RowValues<long>("selected", memberIds)
            .Long("member_id", id => id)
            .Boolean("hold_out", holdOut.Contains)
            .ExecuteAsync(connection, transaction,
                """
                INSERT INTO campaign_recipients (run_id, member_id, campaign_id, hold_out, state, attribution_from, attribution_until)
                SELECT @runId, s.member_id, @campaignId, s.hold_out,
                       CASE WHEN s.hold_out THEN 'held' ELSE 'pending' END,
                       CASE WHEN s.hold_out THEN @now END,
                       CASE WHEN s.hold_out THEN @until END
                FROM selected s
                """,
                new { runId, campaignId = campaign.Id, now, until });
        return (memberIds.Count, holdOut.Count);
    }
}
