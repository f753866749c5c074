using System.Globalization;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Data;
using WalletLoyalty.Kpis;
using WalletLoyalty.Programs;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Kpis;

/// <summary>
/// Members and ledger entries of the demo program written straight into the service's database at local times in
/// the program's zone (Europe/Berlin), one point per euro like the till; balances are settled from the entries.
/// </summary>
public sealed class HandMadeLedger(ServiceHost service)
{
    private static long _receipt;

    public static TimeZoneInfo Berlin { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private IDatabase Database => service.Database();

    public LoyaltyProgram Program => service.Services.GetRequiredService<ProgramCatalog>().Find("demo")!;

    public static DateTimeOffset Local(string local) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Berlin), TimeSpan.Zero);

    public async Task<long> MemberAsync(string joined = "2025-01-01 12:00", string? source = null, string tier = "Bronze") =>
        (await MemberRows.InsertAsync(Database, [new MemberRow { JoinedAt = Local(joined), Source = source, Tier = tier }]))[0].Id;

    public Task<long> PurchaseAsync(long member, string local, long amountMinor, string? store = "maple-street", string? categories = null) =>
        InsertAsync(member, "earn", amountMinor / 100, local, store, amountMinor, categories, null, $"KPI-{Interlocked.Increment(ref _receipt)}");

    /// <summary>A refund of the purchase: the points it credited taken back.</summary>
    public async Task RefundAsync(long purchase, string local)
    {
        var rows = await Database.QueryAsync<(long Member, long Points, string Store, string Receipt)>(
            "SELECT member_id, points, store_id, receipt_id FROM ledger_entries WHERE id = @purchase", new { purchase });
        var (member, points, store, receipt) = rows.Single();
        await InsertAsync(member, "reverse", -points, local, store, null, null, purchase, receipt);
    }

    /// <summary>Another kind of entry: a redemption (negative points), a bonus, an import's opening balance…</summary>
    public Task<long> EntryAsync(long member, string kind, long points, string local, string? store = "maple-street") =>
        InsertAsync(member, kind, points, local, store, null, null, null, null);

    public async Task InstallAsync(long member, string local)
    {
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO wallet_events (program_id, pass_id, platform, kind, source, occurred_at)
            SELECT 'demo', id, 'apple', 'install', NULL, @at FROM passes WHERE member_id = @member AND kind = 'storeCard'
            """, new { member, at = Local(local) });
    }

    /// <summary>Every member's balance is the sum of their entries, as the till keeps it.</summary>
    public async Task SettleBalancesAsync()
    {
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync(
            "UPDATE members SET points_balance = COALESCE((SELECT SUM(points) FROM ledger_entries e WHERE e.member_id = members.id), 0) WHERE program_id = 'demo'");
    }

    public Task<KpiFigures> KpisAsync(string from, string to, string? store = null, string? source = null, string? tier = null) =>
        KpisAsync(new KpiQuery(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture), store, source, tier));

    public async Task<KpiFigures> KpisAsync(KpiQuery query)
    {
        await SettleBalancesAsync();
        return await service.Services.GetRequiredService<KpiReport>().ComputeAsync(Program, query, CancellationToken.None);
    }

    public Task<KpiTrends> TrendsAsync(string from, string to, KpiInterval interval, string? store = null, string? source = null, string? tier = null) =>
        service.Services.GetRequiredService<KpiTrendReport>().ComputeAsync(Program, new KpiTrendQuery(Day(from), Day(to), interval, store, source, tier), CancellationToken.None);

    public Task<KpiCohorts> CohortsAsync(string from, string to, string now, string? source = null) =>
        service.Services.GetRequiredService<KpiCohortReport>().ComputeAsync(Program, new KpiTableQuery(Day(from), Day(to), source), Local(now), CancellationToken.None);

    public Task<KpiStores> StoresAsync(string from, string to, string? source = null, string? tier = null) =>
        service.Services.GetRequiredService<KpiStoreReport>().ComputeAsync(Program, new KpiTableQuery(Day(from), Day(to), source, tier), CancellationToken.None);

    private static DateOnly Day(string day) => DateOnly.Parse(day, CultureInfo.InvariantCulture);

    private async Task<long> InsertAsync(long member, string kind, long points, string local, string? store, long? amountMinor, string? categories,
        long? reverses, string? receipt)
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO ledger_entries (program_id, member_id, kind, points, balance_after, amount_minor, currency, store_id, receipt_id,
                                        reverses_entry_id, occurred_at, categories)
            VALUES ('demo', @member, @kind, @points, 0, @amountMinor, @currency, @store, @receipt, @reverses, @at, @categories)
            RETURNING id
            """,
            new { member, kind, points, amountMinor, currency = amountMinor is null ? null : "EUR", store, receipt, reverses, at = Local(local), categories });
    }
}
