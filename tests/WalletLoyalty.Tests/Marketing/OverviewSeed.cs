using System.Globalization;
using WalletLoyalty.Tests.Kpis;

namespace WalletLoyalty.Tests.Marketing;

/// <summary>
/// A year of a small bakery's members and purchases, counted back from today in the program's zone (Europe/Berlin):
/// members join on the 1st of each of the last 13 months, come back in a fixed pattern on days 2 to 28, and a few buy in the last
/// four weeks, one of them refunded. The seed keeps every purchase, so a test can count its own answers.
/// </summary>
public sealed class OverviewSeed
{
    public sealed record Purchase(long Member, DateOnly Joined, DateOnly Day, long AmountMinor, string Store, bool Refunded);

    private readonly List<Purchase> _purchases = [];
    private readonly Dictionary<long, DateOnly> _joined = [];

    public DateOnly Today { get; } = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, HandMadeLedger.Berlin).DateTime);

    public IReadOnlyList<Purchase> Purchases => _purchases;

    public static async Task<OverviewSeed> PlantAsync(HandMadeLedger ledger)
    {
        var seed = new OverviewSeed();
        string?[] sources = ["flyer-a", "flyer-b", null];
        var members = new List<long>();
        var thisMonth = new DateOnly(seed.Today.Year, seed.Today.Month, 1);
        for (var back = 12; back >= 0; back--)
        {
            var joined = thisMonth.AddMonths(-back);
            for (var k = 0; k < 3 + back % 3; k++)
            {
                var member = await ledger.MemberAsync(At(joined, "09:00"), sources[(k + back) % 3]);
                members.Add(member);
                seed._joined[member] = joined;
                for (var since = 0; since <= back; since++)
                {
                    var day = joined.AddMonths(since).AddDays(1 + (7 * k + 11 * since) % 27);
                    if ((k + since) % 3 != 0 && day < seed.Today)
                    {
                        await seed.BuyAsync(ledger, member, day, 1000 + 250 * k + 100 * since, k % 2 == 0 ? "maple-street" : "station");
                    }
                }
            }
        }
        for (var daysAgo = 1; daysAgo <= 28; daysAgo += 3)
        {
            await seed.BuyAsync(ledger, members[daysAgo % members.Count], seed.Today.AddDays(-daysAgo), 800 + 37 * daysAgo, daysAgo % 2 == 0 ? "station" : "maple-street",
                refund: daysAgo == 10);
        }
        await ledger.SettleBalancesAsync();
        return seed;
    }

    /// <summary>The purchases of the days up to and including today, refunds left out.</summary>
    public IEnumerable<Purchase> InLastDays(int days) => _purchases.Where(p => !p.Refunded && p.Day > Today.AddDays(-days) && p.Day <= Today);

    /// <summary>The members who joined in a month, and how many of them bought in the month so many months later.</summary>
    public (int Members, int Bought) Cohort(DateOnly joinMonth, int since) =>
        (_joined.Values.Count(j => j == joinMonth),
         _purchases.Where(p => !p.Refunded && p.Joined == joinMonth && p.Day.Year == joinMonth.AddMonths(since).Year && p.Day.Month == joinMonth.AddMonths(since).Month)
             .Select(p => p.Member).Distinct().Count());

    private async Task BuyAsync(HandMadeLedger ledger, long member, DateOnly day, long amountMinor, string store, bool refund = false)
    {
        var id = await ledger.PurchaseAsync(member, At(day, "11:00"), amountMinor, store);
        if (refund)
        {
            await ledger.RefundAsync(id, At(day, "15:00"));
        }
        _purchases.Add(new Purchase(member, _joined[member], day, amountMinor, store, refund));
    }

    private static string At(DateOnly day, string time) => $"{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {time}";
}
