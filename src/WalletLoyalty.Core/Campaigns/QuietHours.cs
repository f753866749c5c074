using WalletLoyalty.Programs;

namespace WalletLoyalty.Campaigns;

/// <summary>The program's quiet hours: while they last nothing is sent, and sending resumes when they end.</summary>
public static class QuietHours
{
    /// <summary>Null when messages may leave now; otherwise the instant the quiet period ends.</summary>
    public static DateTimeOffset? EndIfQuiet(LoyaltyProgram program, DateTimeOffset now)
    {
        if (program.Template.Campaigns.QuietHours is not { } rule || !rule.TryRead(out var from, out var to))
        {
            return null;
        }
        var local = LocalTimes.Now(now, program.TimeZone);
        var time = TimeOnly.FromDateTime(local);
        var quiet = from < to ? time >= from && time < to : time >= from || time < to;
        if (!quiet)
        {
            return null;
        }
        var end = local.Date + to.ToTimeSpan();
        if (end <= local)
        {
            end = end.AddDays(1);
        }
        return LocalTimes.ToInstant(end, program.TimeZone);
    }
}
