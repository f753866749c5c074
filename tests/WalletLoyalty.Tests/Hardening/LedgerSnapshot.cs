using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Tests.Hardening;

/// <summary>What the ledger holds: its entries' count and sum, and every member's balance and tier.</summary>
public sealed record LedgerSnapshot(long Entries, long Points, IReadOnlyList<(long Member, long Balance, string Tier)> Members)
{
    public static async Task<LedgerSnapshot> TakeAsync(IDatabase database)
    {
        await using var connection = await database.OpenAsync();
        var (entries, points) = await connection.QuerySingleAsync<(long, long)>("SELECT COUNT(*), COALESCE(SUM(points), 0) FROM ledger_entries");
        var members = (await connection.QueryAsync<(long, long, string)>("SELECT id, points_balance, tier FROM members ORDER BY id")).AsList();
        return new LedgerSnapshot(entries, points, members);
    }

    /// <summary>The same ledger, ignoring members who joined meanwhile (the join pages are fuzzed too) as long as they hold nothing.</summary>
    public void AssertUnchangedIn(LedgerSnapshot after)
    {
        Assert.Equal((Entries, Points), (after.Entries, after.Points));
        var before = Members.Select(m => m.Member).ToHashSet();
        Assert.Equal(Members, after.Members.Where(m => before.Contains(m.Member)).ToList());
        Assert.All(after.Members.Where(m => !before.Contains(m.Member)), m => Assert.Equal(0, m.Balance));
    }
}
