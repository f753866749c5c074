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
        await RowStatements.ExecuteEachAsync(connection, transaction,
            """
            INSERT INTO campaign_recipients (run_id, member_id, campaign_id, hold_out, state, attribution_from, attribution_until)
            VALUES (@runId, @MemberId, @campaignId, @HoldOut, @State, @From, @Until)
            """,
            memberIds.Select(id => holdOut.Contains(id)
                ? new { runId, MemberId = id, campaignId = campaign.Id, HoldOut = true, State = "held", From = (DateTimeOffset?)now, Until = (DateTimeOffset?)until }
                : new { runId, MemberId = id, campaignId = campaign.Id, HoldOut = false, State = "pending", From = (DateTimeOffset?)null, Until = (DateTimeOffset?)null }));
        return (memberIds.Count, holdOut.Count);
    }
}
