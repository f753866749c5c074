using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Data;
using WalletLoyalty.Kpis;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Kpis;

/// <summary>
/// The KPIs count purchases from each member's digest (V0023), kept by a trigger on the ledger. Every figure must be
/// the one a full read of the ledger gives, on a varied ledger and for every filter.
/// </summary>
[Trait("Category", "Database")]
public sealed class PurchaseDigestTests
{
    private static readonly KpiQuery[] Queries =
    [
        new(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1)),
        new(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1)),
        new(new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 30)),
        new(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), Store: "station"),
        new(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), Source: "flyer-a"),
        new(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), Tier: "Silver"),
        new(new DateOnly(2024, 6, 1), new DateOnly(2024, 7, 1)),
    ];

    [Fact]
    public async Task EveryFigureFromTheDigestsIsTheFullLedgerReadsFigure()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        await WriteVariedLedgerAsync(ledger);

        foreach (var query in Queries)
        {
            Assert.Equal(await FullReadAsync(service, ledger, query), Json(await ledger.KpisAsync(query)));
        }
    }

    [Fact]
    public async Task TheMigrationsBackfillWritesWhatTheTriggerWrites()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        await WriteVariedLedgerAsync(ledger);
        var written = await DigestsAsync(service.Database());

        await using (var connection = await service.Database().OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE members SET purchase_digest = ''");
            await connection.ExecuteAsync(BackfillStatement(service.Database().MigrationSet));
        }

        var backfilled = await DigestsAsync(service.Database());
        Assert.Equal(written.Keys.Order(), backfilled.Keys.Order());
        Assert.All(written, w => Assert.Equal(Records(w.Value), Records(backfilled[w.Key])));
        Assert.Contains(written.Values, d => d.Contains('r'));
    }

    /// <summary>
    /// Forty members from three sources in three tiers, joined over three years, with purchases over two years at both
    /// stores (with no, one or several categories), refunds, redemptions and bonuses; from a fixed seed.
    /// </summary>
    private static async Task WriteVariedLedgerAsync(HandMadeLedger ledger)
    {
        var random = new Random(20261203);
        string?[] sources = [null, "flyer-a", "flyer-b"];
        string[] tiers = ["Bronze", "Silver", "Gold"];
        string?[] categories = [null, "bread", "coffee", "bread;coffee", "cake"];
        string[] stores = ["maple-street", "station"];
        for (var m = 0; m < 40; m++)
        {
            var joined = new DateTime(2024, 1, 1).AddDays(random.Next(3 * 365)).AddMinutes(random.Next(1440));
            var member = await ledger.MemberAsync(Local(joined), sources[random.Next(3)], tiers[random.Next(3)]);
            var purchases = random.Next(12);
            for (var p = 0; p < purchases; p++)
            {
                var at = new DateTime(2025, 1, 1).AddDays(random.Next(2 * 365)).AddMinutes(random.Next(1440));
                var purchase = await ledger.PurchaseAsync(member, Local(at), 100 + random.Next(5000), stores[random.Next(2)], categories[random.Next(5)]);
                if (random.Next(8) == 0)
                {
                    await ledger.RefundAsync(purchase, Local(at.AddHours(2)));
                }
                if (random.Next(6) == 0)
                {
                    await ledger.EntryAsync(member, random.Next(2) == 0 ? "redeem" : "bonus", random.Next(2) == 0 ? -5 : 5, Local(at.AddHours(3)));
                }
            }
        }
    }

    private static string Local(DateTime local) => local.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> FullReadAsync(ServiceHost service, HandMadeLedger ledger, KpiQuery query)
    {
        await ledger.SettleBalancesAsync();
        var report = service.Services.GetRequiredService<KpiReport>();
        var (sets, filter) = report.Plan(ledger.Program, query);
        var members = await LedgerScan.MembersAsync(service.Database(), filter, sets);
        return Json(await report.FiguresAsync(ledger.Program, sets, filter, members, CancellationToken.None));
    }

    private static string Json(KpiFigures figures) => JsonSerializer.Serialize(figures);

    private static async Task<Dictionary<long, string>> DigestsAsync(IDatabase database)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<(long Id, string Digest)>("SELECT id, purchase_digest FROM members")).ToDictionary(r => r.Id, r => r.Digest);
    }

    /// <summary>A digest's records in order: the backfill need not write them in the trigger's order.</summary>
    private static List<string> Records(string digest) => digest.Split('\u001e').Order(StringComparer.Ordinal).ToList();

    /// <summary>V0023's UPDATE of every member's digest from the ledger, as an upgraded database runs it.</summary>
    private static string BackfillStatement(string migrationSet)
    {
        var sql = MigrationRunner.Scripts(migrationSet).Single(s => s.Name == "kpi_purchase_digest").Sql;
        var start = sql.IndexOf("UPDATE members", StringComparison.Ordinal);
        return sql[start..(sql.IndexOf(";\n", start, StringComparison.Ordinal) + 1)];
    }
}
