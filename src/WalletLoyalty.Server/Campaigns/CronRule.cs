using Microsoft.Extensions.Options;
using Quartz;
using WalletLoyalty.Campaigns;

namespace WalletLoyalty.Server.Campaigns;

/// <summary>
/// What a recurring campaign's cron may be: a Quartz expression that fires no more often than
/// <see cref="CampaignOptions.MinCronIntervalMinutes"/>, since every firing copies its whole audience.
/// </summary>
public sealed class CronRule(IOptions<CampaignOptions> options, TimeProvider time)
{
    // Enough firings to see the shortest gap of any expression that repeats within about a week.
    private const int FiringsChecked = 200;

    /// <summary>Null when the expression may be scheduled; otherwise what is wrong with it, for the marketer.</summary>
    public string? Problem(string expression)
    {
        if (!CronExpression.TryParse(expression, out _))
        {
            return "must be a Quartz cron expression such as \"0 0 17 ? * FRI\" (seconds first)";
        }
        var minimum = TimeSpan.FromMinutes(options.Value.MinCronIntervalMinutes);
        var cron = new CronExpression(expression); // the gaps between firings do not depend on the zone they are read in
        var previous = cron.GetNextValidTimeAfter(time.GetUtcNow());
        for (var i = 0; i < FiringsChecked && previous is { } from; i++)
        {
            var next = cron.GetNextValidTimeAfter(from);
            if (next is { } to && to - from < minimum)
            {
                return $"fires every {Describe(to - from)}; a campaign may repeat at most once every {Describe(minimum)}";
            }
            previous = next;
        }
        return null;
    }

    private static string Describe(TimeSpan gap) =>
        gap.TotalMinutes >= 1 ? $"{gap.TotalMinutes:0} minutes" : $"{gap.TotalSeconds:0} seconds";
}
