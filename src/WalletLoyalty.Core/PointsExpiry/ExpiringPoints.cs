using System.Data.Common;
using Dapper;

namespace WalletLoyalty.PointsExpiry;

/// <summary>
/// The member's next points to expire: how many, when, on which day in the program's time zone, and whether the member
/// was reminded of that day. Read from the ledger and the reminders alone (not the clock), so a pass's content follows its version.
/// </summary>
public sealed record ExpiringPoints(long Points, DateTimeOffset ExpiresAt, DateOnly Day, bool Reminded)
{
    /// <summary>Credits read to find the next day's; a member with more credits than this on one day is shown the first ones.</summary>
    private const int CreditsRead = 500;

    /// <summary>The points due on the first day any are due, or null while the member has none left.</summary>
    public static async Task<ExpiringPoints?> NextAsync(DbConnection connection, DbTransaction? transaction, long memberId, PointsExpiryRules rules, TimeZoneInfo zone)
    {
        var credits = await ExpiryLedger.CreditsLeftAsync(connection, transaction, memberId, CreditsRead);
        if (credits.Count == 0)
        {
            return null;
        }
        var first = rules.ExpiresAt(credits[0].CreditedAt);
        var day = DayOf(first, zone);
        var points = credits.TakeWhile(c => DayOf(rules.ExpiresAt(c.CreditedAt), zone) == day).Sum(c => c.Left);
        var reminded = await connection.ExecuteScalarAsync<long?>(
            "SELECT 1 FROM points_expiry_reminders WHERE member_id = @memberId AND expires_on = @day",
            new { memberId, day = DayText(day) }, transaction) is not null;
        return new ExpiringPoints(points, first, day, reminded);
    }

    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>A day as the reminders table keeps it, the same text on both engines.</summary>
    public static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
