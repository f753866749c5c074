namespace WalletLoyalty.Surveys;

/// <summary>
/// The survey round an answer belongs to; a member answers once per round. A quarterly round is named by the calendar
/// quarter of the local date of the answer (2026-Q4); a named round is the template's name for it.
/// </summary>
public static class SurveyRound
{
    public static string At(SurveyRules rules, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (rules.Round != SurveyRules.Quarterly)
        {
            return rules.Round;
        }
        var local = TimeZoneInfo.ConvertTime(now, zone);
        return $"{local.Year:D4}-Q{((local.Month - 1) / 3) + 1}";
    }
}
