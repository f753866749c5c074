using Dapper;
using Npgsql;

namespace WalletLoyalty.Cli.Storage;

/// <summary>The copy never overwrites: a target that holds a shop's data is refused.</summary>
public static class TargetGuard
{
    /// <summary>Tables whose rows the migrations write themselves (the counters start at 0); the source's rows replace them.</summary>
    public static readonly IReadOnlySet<string> SeededByMigrations = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "counters" };

    private static readonly string[] ShopTables = ["members", "programs"];

    /// <summary>Before the migrations: a database that already has members or programs is someone's shop.</summary>
    public static async Task RefuseIfShopAsync(NpgsqlConnection target)
    {
        var found = new List<string>();
        foreach (var table in ShopTables)
        {
            var exists = await target.ExecuteScalarAsync<bool>("SELECT to_regclass(@table) IS NOT NULL", new { table });
            if (exists && await target.ExecuteScalarAsync<bool>($"SELECT EXISTS (SELECT 1 FROM {Identifiers.Quote(table)})"))
            {
                found.Add(table);
            }
        }
        Refuse(found);
    }

    /// <summary>Inside the copy's transaction: no table may hold rows but the ones the migrations seed, which are emptied for the source's.</summary>
    public static async Task RefuseIfAnyRowsAsync(NpgsqlConnection target, NpgsqlTransaction transaction, IEnumerable<TablePlan> tables)
    {
        var found = new List<string>();
        foreach (var table in tables)
        {
            var quoted = Identifiers.Quote(table.Target);
            if (SeededByMigrations.Contains(table.Target))
            {
                await target.ExecuteAsync($"DELETE FROM {quoted}", transaction: transaction);
            }
            else if (await target.ExecuteScalarAsync<bool>($"SELECT EXISTS (SELECT 1 FROM {quoted})", transaction: transaction))
            {
                found.Add(table.Target);
            }
        }
        Refuse(found);
    }

    private static void Refuse(List<string> tables)
    {
        if (tables.Count > 0)
        {
            throw new CopyRefusedException(
                $"The PostgreSQL database already holds data (in {string.Join(", ", tables)}). The copy never overwrites; point --to-postgres at a new, empty database.");
        }
    }
}
