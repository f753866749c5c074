using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Programs;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Imports;

/// <summary>
/// A shop moving in: 100 000 members (every column) and then 1 000 000 of their purchases uploaded as CSV to the
/// service started in-process, each followed to the end through GET /api/v1/imports/{id}, with the process's peak
/// working set and GC heap; then the ledger is held against the balances.
/// </summary>
public sealed class ImportsBenchmark : IBenchmark
{
    public static readonly TimeSpan Aim = TimeSpan.FromMinutes(2);

    public string Name => "imports";
    public string Description => "import 100 000 members and 1 000 000 purchases from CSV (--count N members, ten purchases each), on SQLite and PostgreSQL";

    public async Task<int> RunAsync(BenchmarkOptions options)
    {
        var members = options.Count ?? 100_000;
        var purchases = members * 10;
        var loadBefore = LoadAverage.OneMinute();
        var runs = new List<ImportSetupFigures>();
        string? server = null;
        foreach (var setup in new[] { StoreSetup.SqliteOneNode, StoreSetup.PostgresOneNode }.Where(s => s.CanRun(options)))
        {
            await using var database = await BenchmarkDatabase.CreateAsync(setup, options);
            await using var service = await InProcessService.StartAsync(database, settings => settings["Push:DispatcherEnabled"] = "false");
            server ??= database.IsPostgres ? await database.DescribeServerAsync() : null;
            var now = DateTimeOffset.UtcNow;
            var membersFile = Path.Combine(database.Folder, "members.csv");
            var purchasesFile = Path.Combine(database.Folder, "purchases.csv");
            var membersBytes = ImportFiles.WriteMembers(membersFile, members, now);
            var purchasesBytes = ImportFiles.WritePurchases(purchasesFile, purchases, members, now);
            Console.Error.WriteLine($"{setup.Name}: wrote {membersBytes / 1048576.0:0.0} MB of members and {purchasesBytes / 1048576.0:0.0} MB of purchases");
            var memberRun = await ImportRun.MeasureAsync(service.BaseAddress, "members", membersFile, membersBytes);
            var purchaseRun = await ImportRun.MeasureAsync(service.BaseAddress, "purchases", purchasesFile, purchasesBytes);
            runs.Add(new ImportSetupFigures(setup, memberRun, purchaseRun, await LedgerHoldsAsync(service, members, purchases)));
        }
        var markdown = new ImportsReport(MachineInfo.Describe(TimeProvider.System), members, purchases, runs, server, loadBefore, LoadAverage.OneMinute()).ToMarkdown();
        Console.WriteLine(markdown);
        if (options.WritePath is { } path)
        {
            MarkdownSection.Write(path, Name, markdown);
            Console.Error.WriteLine($"wrote the '{Name}' section of {path}");
        }
        return runs.All(r => r.LedgerHolds && r.Members.Status == "completed" && r.Purchases.Status == "completed") ? 0 : 1;
    }

    /// <summary>Every member and purchase is in, once, every balance is the sum of its member's ledger and every tier follows its last 365 days.</summary>
    private static async Task<bool> LedgerHoldsAsync(InProcessService service, int members, int purchases)
    {
        await using var connection = await service.Database.OpenAsync();
        var counts = await connection.QuerySingleAsync<(long Members, long Earns, long Mismatched)>(
            """
            SELECT (SELECT COUNT(*) FROM members WHERE external_id IS NOT NULL),
                   (SELECT COUNT(*) FROM ledger_entries WHERE kind = 'earn'),
                   (SELECT COUNT(*) FROM members m
                    WHERE m.points_balance <> (SELECT COALESCE(SUM(l.points), 0) FROM ledger_entries l WHERE l.member_id = m.id))
            """);
        var program = service.Services.GetRequiredService<ProgramCatalog>().Find("demo")!;
        // The import settled tiers when its last batch was in: an hour's slack for purchases that aged out of the 365 days since.
        var since = DateTimeOffset.UtcNow.AddDays(-365);
        var earned = await connection.QueryAsync<(string Tier, long Earned, long EarnedHourBefore)>(
            """
            SELECT m.tier,
                   COALESCE((SELECT CAST(SUM(l.points) AS bigint) FROM ledger_entries l
                             WHERE l.member_id = m.id AND l.kind IN ('earn', 'reverse') AND l.occurred_at >= @since), 0),
                   COALESCE((SELECT CAST(SUM(l.points) AS bigint) FROM ledger_entries l
                             WHERE l.member_id = m.id AND l.kind IN ('earn', 'reverse') AND l.occurred_at >= @hourBefore), 0)
            FROM members m WHERE m.external_id IS NOT NULL
            """, new { since, hourBefore = since.AddHours(-1) });
        var offTier = earned.Count(m => m.Tier != program.TierFor(m.Earned) && m.Tier != program.TierFor(m.EarnedHourBefore));
        Console.Error.WriteLine($"ledger check: {counts.Members:N0} members, {counts.Earns:N0} earns, {counts.Mismatched:N0} balances off their ledger, {offTier:N0} tiers off their last 365 days");
        return counts == (members, purchases, 0) && offTier == 0;
    }
}

public sealed record ImportSetupFigures(StoreSetup Setup, ImportFigures Members, ImportFigures Purchases, bool LedgerHolds)
{
    public TimeSpan Total => Members.Total + Purchases.Total;
}
