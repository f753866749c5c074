using Dapper;

namespace WalletLoyalty.Campaigns;

/// <summary>
/// What keeps a daily automation from repeating itself: a member gets a birthday gift once a year,
/// a win-back once per silence, a welcome once.
/// </summary>
public static class AutomationRules
{
    public const int DefaultWelcomeDays = 7;
    private const int BirthdayRepeatDays = 300;

    private const string Received = """
        EXISTS (SELECT 1 FROM campaign_recipients cr JOIN campaign_runs cu ON cu.id = cr.run_id
                WHERE cr.campaign_id = @automationCampaignId AND cr.member_id = m.id
        """;

    public static string Clause(Campaign campaign, DateTimeOffset now, DynamicParameters parameters)
    {
        parameters.Add("automationCampaignId", campaign.Id);
        switch (campaign.Trigger.Automation)
        {
            case Automations.Birthday:
                parameters.Add("birthdaySince", now.AddDays(-BirthdayRepeatDays));
                return "NOT " + Received + " AND cu.started_at >= @birthdaySince)";
            case Automations.WinBack:
                return "NOT " + Received + """
                     AND cu.started_at >= COALESCE(
                        (SELECT MAX(l.occurred_at) FROM ledger_entries l WHERE l.member_id = m.id AND l.kind = 'earn'), m.joined_at))
                    """;
            case Automations.Welcome:
                parameters.Add("welcomeSince", now.AddDays(-(campaign.Trigger.Days ?? DefaultWelcomeDays)));
                return "(SELECT MIN(l.occurred_at) FROM ledger_entries l WHERE l.member_id = m.id AND l.kind = 'earn') >= @welcomeSince AND NOT "
                    + Received + ")";
            default:
                throw new ArgumentException($"Unknown automation '{campaign.Trigger.Automation}'", nameof(campaign));
        }
    }
}
