using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Spectre.Console;
using WalletLoyalty.Cli.Storage;
using WalletLoyalty.Data;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Storage;

/// <summary>walletloyalty storage copy: a shop that ran on SQLite, copied into an empty PostgreSQL database, runs there.</summary>
[Trait("Category", "Database")]
public sealed class StorageCopyTests
{
    [PostgresFact]
    public async Task ACopiedShopRunsOnPostgresWithItsBalancesLedgerScheduleAndFreshIds()
    {
        var shop = await SqliteShop.GetAsync();
        var target = EmptyPostgres.Create();

        var (exit, output) = await CopyAsync(shop.DatabasePath, target);

        Assert.True(exit == CopyExit.Copied, output);
        await using var service = await ServiceHost.StartAsync(settings =>
        {
            settings["Storage:Provider"] = StorageOptions.Postgres;
            settings["Storage:ConnectionString"] = target;
            settings["Push:DispatcherEnabled"] = "false";
        });
        using var till = new TillClient(service.BaseAddress, shop.CashierKey);
        Assert.Equal(shop.Balance, (await till.CardAsync(shop.MemberCode)).GetProperty("member").GetProperty("points").GetInt64());
        var ledger = await service.QueryAsync<LedgerRow>(LedgerRow.Select, new { memberId = shop.MemberId });
        Assert.Equal(shop.Ledger.Select(e => e.ToMicroseconds()), ledger);
        Assert.Contains(ledger, e => e.Kind == "reverse" && e.ReversesEntryId == shop.Ledger[0].Id);
        Assert.Equal(shop.CampaignFiresAt, (await service.TriggerAsync($"campaign-{shop.CampaignId}"))?.NextFireTimeUtc);
        using var marketer = new CampaignClient(new TillClient(service.BaseAddress, SampleSettings.AdminKey));
        Assert.Equal("scheduled", await marketer.StatusAsync(shop.CampaignId));
        Assert.Equal(shop.JoinedSerial, await SecondTapAsync(service, shop.JoinCookie));

        var (earned, body) = await till.EarnAsync(shop.MemberCode, 2000, "R-after-the-move");

        Assert.True(earned.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.True(body.GetProperty("entryId").GetInt64() > shop.LastLedgerId, $"entry {body.GetProperty("entryId")} follows the copied {shop.LastLedgerId}");
        Assert.Equal(shop.Balance + body.GetProperty("pointsCredited").GetInt64(), body.GetProperty("balance").GetInt64());
    }

    [PostgresFact]
    public async Task TheWalletloyaltyCommandCopiesAShopAndPrintsItsChecks()
    {
        var shop = await SqliteShop.GetAsync();
        var target = EmptyPostgres.Create();

        var (exit, output) = await CliProcess.RunAsync("storage", "copy", "--from-sqlite", shop.DatabasePath, "--to-postgres", target);

        Assert.True(exit == CopyExit.Copied, output);
        Assert.Contains("sum of members.points_balance", output);
        Assert.Contains("qrtz_triggers", output);
        Assert.DoesNotContain("DIFFERS", output);
        Assert.Equal(shop.Members, await CountAsync(target, "SELECT COUNT(*) FROM members"));
    }

    [PostgresFact]
    public async Task ACopyIntoADatabaseThatAlreadyHoldsAShopIsRefusedAndChangesNothing()
    {
        var shop = await SqliteShop.GetAsync();
        var target = EmptyPostgres.Create();
        Assert.Equal(CopyExit.Copied, (await CopyAsync(shop.DatabasePath, target)).Exit);
        await using (var connection = new NpgsqlConnection(target))
        {
            await connection.ExecuteAsync("UPDATE members SET display_name = 'Changed on PostgreSQL' WHERE id = @id", new { id = shop.MemberId });
        }

        var (exit, output) = await CopyAsync(shop.DatabasePath, target);

        Assert.Equal(CopyExit.Refused, exit);
        Assert.Contains("already holds data", output);
        Assert.Equal(shop.Members, await CountAsync(target, "SELECT COUNT(*) FROM members"));
        Assert.Equal(1, await CountAsync(target, $"SELECT COUNT(*) FROM members WHERE id = {shop.MemberId} AND display_name = 'Changed on PostgreSQL'"));
    }

    [PostgresFact]
    public async Task ABalanceThatDiffersAfterTheCopyIsReportedAndTheCopyIsRolledBack()
    {
        var shop = await SqliteShop.GetAsync();
        var target = EmptyPostgres.Create();

        var (exit, output) = await CopyAsync(shop.DatabasePath, target, new TamperingVerifier(shop.MemberId));

        Assert.Equal(CopyExit.ChecksDiffer, exit);
        Assert.Contains($"1 differ (ids {shop.MemberId})", output);
        Assert.Contains("rolled back", output);
        Assert.Equal(0, await CountAsync(target, "SELECT COUNT(*) FROM members"));
        Assert.Equal(0, await CountAsync(target, "SELECT COUNT(*) FROM ledger_entries"));
    }

    [Fact]
    public async Task ASqliteDatabaseBehindTheNewestMigrationIsRefusedBeforePostgresIsTouched()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("storage-copy-old-").FullName, "walletloyalty.db");
        await new MigrationRunner(new SqliteDatabase(path), NullLogger<MigrationRunner>.Instance).ApplyAsync();
        var versions = MigrationRunner.Scripts("Sqlite").Select(s => s.Version).OrderDescending().ToList();
        var (newest, previous) = (versions[0], versions[1]);
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE version = @newest", new { newest });
        }

        var (exit, output) = await CopyAsync(path, "Host=127.0.0.1;Port=1;Username=nobody;Database=never-opened");

        Assert.Equal(CopyExit.Refused, exit);
        Assert.Contains($"at migration {previous}, this binary's newest is {newest}", output);
    }

    private static async Task<(int Exit, string Output)> CopyAsync(string sqlitePath, string target, CopyVerifier? verifier = null)
    {
        await using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        var exit = await new StorageCopy(console, verifier ?? new CopyVerifier()).RunAsync(new CopyRequest(sqlitePath, target));
        return (exit, output.ToString());
    }

    /// <summary>The phone taps the join link again with its cookie: the key ring must read it to hand back the same card.</summary>
    private static async Task<string> SecondTapAsync(ServiceHost service, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, await Shoppers.WalletLinkAsync(service.Client, "/join/demo"));
        request.Headers.Add("Cookie", cookie);
        using var response = await service.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new PkPassFile(await response.Content.ReadAsByteArrayAsync()).SerialNumber;
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    /// <summary>Changes one member's balance on the target, inside the copy's transaction, just before the checks run.</summary>
    private sealed class TamperingVerifier(long memberId) : CopyVerifier
    {
        public override async Task<CopyReport> VerifyAsync(CopySession session)
        {
            await session.Target.ExecuteAsync("UPDATE members SET points_balance = points_balance + 5 WHERE id = @memberId", new { memberId }, session.Transaction);
            return await base.VerifyAsync(session);
        }
    }
}
