using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Benchmarks.Campaigns;

/// <summary>After a campaign: how many runs it had, whether each selected member is in its run once, and how many were enqueued.</summary>
public sealed record RecipientCheck(long Runs, long Rows, long Members, long Done, long Pending)
{
    public bool EachMemberOnce => Runs == 1 && Rows == Members;

    public string Describe() => !EachMemberOnce
        ? $"**{Runs} runs, {Rows:N0} recipient rows for {Members:N0} members**"
        : Pending == 0
            ? $"one run, {Rows:N0} recipients, each once, none left pending"
            : $"one run, {Rows:N0} recipients, each once; {Done:N0} enqueued and {Pending:N0} still pending when the run was paused";

    public static async Task<RecipientCheck> ReadAsync(IDatabase database, long campaignId)
    {
        await using var connection = await database.OpenAsync();
        var runs = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM campaign_runs WHERE campaign_id = @campaignId", new { campaignId });
        var (rows, members, done, pending) = await connection.QuerySingleAsync<(long, long, long, long)>(
            """
            SELECT COUNT(*), COUNT(DISTINCT member_id), COUNT(*) FILTER (WHERE state = 'done'), COUNT(*) FILTER (WHERE state = 'pending')
            FROM campaign_recipients WHERE campaign_id = @campaignId
            """,
            new { campaignId });
        return new RecipientCheck(runs, rows, members, done, pending);
    }
}
