using Dapper;
using Npgsql;

namespace WalletLoyalty.Cli.Storage;

/// <summary>
/// The copy keeps ids, which leaves each identity's sequence at its start; this moves every sequence past
/// its column's largest id so that the service's next row gets a fresh one.
/// </summary>
public static class IdentitySequences
{
    public static async Task ResetAsync(NpgsqlConnection target, NpgsqlTransaction transaction, IEnumerable<TablePlan> tables)
    {
        foreach (var table in tables)
        {
            foreach (var column in table.IdentityColumns)
            {
                await target.ExecuteAsync(
                    $"SELECT setval(pg_get_serial_sequence(@table, @column), COALESCE(MAX({Identifiers.Quote(column)}), 0) + 1, false) FROM {Identifiers.Quote(table.Target)}",
                    new { table = Identifiers.Quote(table.Target), column }, transaction);
            }
        }
    }
}
