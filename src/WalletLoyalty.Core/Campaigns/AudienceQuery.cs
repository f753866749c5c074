using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Campaigns;

/// <summary>The FROM … WHERE of an audience over members m, and its parameters.</summary>
public sealed record AudienceSql(string From, DynamicParameters Parameters);

/// <summary>
/// Turns an audience filter (and, for daily automations, the automation's own rule) into one SQL
/// query, so counting and selecting 100 000 members is a single statement.
/// </summary>
public static class AudienceQuery
{
    public const string HasApple = """
        EXISTS (SELECT 1 FROM passes p JOIN apple_registrations ar ON ar.pass_id = p.id
                WHERE p.member_id = m.id AND p.kind = 'storeCard' AND p.voided = FALSE)
        """;

    public const string HasGoogle = """
        EXISTS (SELECT 1 FROM passes p JOIN google_objects g ON g.pass_id = p.id
                WHERE p.member_id = m.id AND p.kind = 'storeCard' AND g.deleted_at IS NULL)
        """;

    public const string HasApp = "EXISTS (SELECT 1 FROM app_devices ad WHERE ad.member_id = m.id)";

    public static AudienceSql Build(LoyaltyProgram program, AudienceFilter audience, DateTimeOffset now, Campaign? automated = null)
    {
        // Campaigns and automations are marketing: only members who agreed to it (their latest answer) are ever selected.
        var where = new List<string> { "m.program_id = @programId", "m.marketing_consent = TRUE", "m.erased_at IS NULL" };
        var parameters = new DynamicParameters();
        parameters.Add("programId", program.Id);
        if (audience.Tiers.Count > 0)
        {
            where.Add(SqlLists.In(parameters, "m.tier", "tier", audience.Tiers));
        }
        if (audience.MinPoints is { } min)
        {
            where.Add("m.points_balance >= @minPoints");
            parameters.Add("minPoints", min);
        }
        if (audience.MaxPoints is { } max)
        {
            where.Add("m.points_balance <= @maxPoints");
            parameters.Add("maxPoints", max);
        }
        var inactiveDays = automated?.Trigger.Automation == Automations.WinBack ? automated.Trigger.Days : audience.InactiveDays;
        if (inactiveDays is { } days)
        {
            where.Add("""
                m.joined_at <= @inactiveSince AND NOT EXISTS (
                    SELECT 1 FROM ledger_entries l WHERE l.member_id = m.id AND l.kind = 'earn' AND l.occurred_at >= @inactiveSince)
                """);
            parameters.Add("inactiveSince", now.AddDays(-days));
        }
        var birthday = automated?.Trigger.Automation == Automations.Birthday ? "today" : audience.Birthday;
        if (birthday is not null)
        {
            where.Add(BirthdayClause(birthday, LocalTimes.Today(now, program.TimeZone), parameters));
        }
        if (audience.Sources.Count > 0)
        {
            where.Add(SqlLists.In(parameters, "m.source", "source", audience.Sources));
        }
        if (audience.Platforms.Count > 0)
        {
            where.Add("(" + string.Join(" OR ", audience.Platforms.Select(Platform)) + ")");
        }
        if (audience.JoinedAfter is { } after)
        {
            where.Add("m.joined_at >= @joinedFrom");
            parameters.Add("joinedFrom", LocalTimes.StartOfDay(after, program.TimeZone));
        }
        if (audience.JoinedBefore is { } before)
        {
            where.Add("m.joined_at < @joinedUntil");
            parameters.Add("joinedUntil", LocalTimes.StartOfDay(before, program.TimeZone));
        }
        if (audience.Purchases is { } segment)
        {
            where.Add(PurchaseSegmentClause.Build(segment, now, parameters));
        }
        if (automated is not null)
        {
            where.Add(AutomationRules.Clause(automated, now, parameters));
        }
        return new AudienceSql("FROM members m WHERE " + string.Join("\n AND ", where), parameters);
    }

    private static string Platform(string platform) => platform switch
    {
        Channels.Apple => HasApple,
        Channels.Google => HasGoogle,
        Channels.App => HasApp,
        _ => throw new ArgumentException($"Unknown platform '{platform}'", nameof(platform)),
    };

    private static string BirthdayClause(string birthday, DateOnly today, DynamicParameters parameters)
    {
        // Birthdays are stored as yyyy-MM-dd text; LIKE compares month and day on any database.
        if (birthday == "month")
        {
            parameters.Add("birthdayPattern", $"____-{today.Month:00}-__");
            return "m.birthday LIKE @birthdayPattern";
        }
        parameters.Add("birthdayPattern", $"____-{today.Month:00}-{today.Day:00}");
        if (today is { Month: 2, Day: 28 } && !DateTime.IsLeapYear(today.Year))
        {
            // 29 February birthdays are celebrated on the 28th in common years.
            return "(m.birthday LIKE @birthdayPattern OR m.birthday LIKE '____-02-29')";
        }
        return "m.birthday LIKE @birthdayPattern";
    }
}
